package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 11: one run at a time per project, in one JVM and across processes. */
class RunLockTest {
    @TempDir
    Path dir;

    private final List<String> told = new ArrayList<>();

    @Test
    void secondRunInThisJvmFailsClearlyAfterItsWait() throws IOException {
        Path file = dir.resolve("target/metalorm/run.lock");
        try (RunLock held = RunLock.acquire(file, Duration.ZERO, told::add)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> RunLock.acquire(file, Duration.ofSeconds(1), told::add)).isInstanceOf(RunLockException.class)
                    .hasMessageMatching("Another metalorm run holds " + java.util.regex.Pattern.quote(file.toString())
                            + " \\(pid " + ProcessHandle.current().pid() + ", started \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\) and did not"
                            + " finish within 1 s; nothing was changed\\. Run again when it is done, or raise metalorm\\.runLockWait"
                            + " \\(seconds\\)\\. The lock is released when that run ends, also when it is killed\\.");
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
            assertThat(told).singleElement().asString().startsWith("Waiting up to 1 s for another metalorm run in this project to finish (pid ");
        }
        // released: the next run gets it at once (the file is read after: with POSIX locks, closing a second
        // descriptor of a locked file would drop the lock)
        try (RunLock again = RunLock.acquire(file, Duration.ZERO, told::add)) {
            assertThat(again).isNotNull();
        }
        assertThat(Files.readString(file)).matches("pid " + ProcessHandle.current().pid() + ", started \\S+Z\n");
    }

    /** Another JVM holds the lock: this one waits, names it, and gets the lock when that process is killed. */
    @Test
    void anotherProcessHoldsItUntilItIsKilled() throws Exception {
        Path file = dir.resolve("target/metalorm/run.lock");
        Path holder = dir.resolve("Holder.java");
        Files.writeString(holder, """
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        var lock = dev.metalorm.maven.pipeline.RunLock.acquire(java.nio.file.Path.of(args[0]),
                                java.time.Duration.ZERO, m -> { });
                        System.out.println("held");
                        System.out.flush();
                        System.in.read(); // until the test ends or kills this process
                        lock.close();
                    }
                }
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), holder.toString(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("held");

            assertThatThrownBy(() -> RunLock.acquire(file, Duration.ofSeconds(1), told::add)).isInstanceOf(RunLockException.class)
                    .hasMessageStartingWith("Another metalorm run holds " + file + " (pid " + process.pid() + ", started ");
            assertThat(told).singleElement().asString().contains("(pid " + process.pid() + ", started ");

            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            try (RunLock mine = RunLock.acquire(file, Duration.ofSeconds(5), told::add)) {
                assertThat(mine).isNotNull();
            }
            assertThat(Files.readString(file)).startsWith("pid " + ProcessHandle.current().pid() + ", started ");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void lockFileThatCannotBeCreated() throws IOException {
        Files.writeString(dir.resolve("target"), "a file");
        Path file = dir.resolve("target/metalorm/run.lock");
        assertThatThrownBy(() -> RunLock.acquire(file, Duration.ZERO, told::add))
                .hasMessage("Cannot take the run lock: " + dir.resolve("target") + ": a file is where a directory should be."
                        + " Nothing was changed. To fix: move that file away.");
    }
}
