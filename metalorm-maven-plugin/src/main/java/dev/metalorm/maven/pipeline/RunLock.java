package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.write.WriteFailedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One {@code metalorm:reverse} at a time per project (issue 16 item 11): two at once could interleave their commits and
 * leave a tree that is neither run's. An operating-system file lock ({@link FileChannel#tryLock()}) on
 * {@code target/metalorm/run.lock}: the system releases it when the holding process ends, killed or not, so a stale
 * lock cannot block the next run. The holder writes its pid and start time into the file so that a waiting run can
 * say whom it waits for. Two runs in one JVM (a parallel build, two threads) meet at a semaphore per lock file
 * first, since a second descriptor of the file would drop the process's lock when closed (POSIX).
 */
public final class RunLock implements AutoCloseable {
    /** How often a waiting run tries again. */
    private static final long POLL_MILLIS = 100;

    /** One holder per lock file in this JVM; the operating system's lock is per process. */
    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    /** Who holds each lock file in this JVM, for the messages of threads that wait. */
    private static final ConcurrentHashMap<Path, String> HOLDERS = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final Semaphore inThisJvm;

    private RunLock(Path key, FileChannel channel, FileLock lock, Semaphore inThisJvm) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.inThisJvm = inThisJvm;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for another run to release it.
     *
     * @param file the lock file, created with its directory when absent
     * @param wait how long to wait for another run; zero fails at once
     * @param waiting told once, with the holder, when this run has to wait
     * @throws RunLockException when the other run still holds the lock after {@code wait}
     * @throws WriteFailedException when the lock file cannot be created
     */
    public static RunLock acquire(Path file, Duration wait, Consumer<String> waiting) {
        Path key = file.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore inThisJvm = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
        boolean told = false;
        try {
            if (!inThisJvm.tryAcquire()) {
                String holder = HOLDERS.getOrDefault(key, "a run of this build");
                waiting.accept(waitingText(wait, holder, file));
                told = true;
                if (!inThisJvm.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw timedOut(file, HOLDERS.getOrDefault(key, holder), wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunLockException("Interrupted while waiting for the run lock " + file + "; nothing was changed.");
        }
        // from here on no other thread of this JVM opens the file: with POSIX locks, closing any descriptor of a file
        // drops every lock the process holds on it
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    String holder = record(channel);
                    HOLDERS.put(key, holder);
                    return new RunLock(key, channel, lock, inThisJvm);
                }
                String holder = holder(key);
                if (System.nanoTime() - deadline >= 0) {
                    throw timedOut(file, holder, wait);
                }
                if (!told) {
                    waiting.accept(waitingText(wait, holder, file));
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            inThisJvm.release();
            throw WriteFailedException.of("take the run lock", file, e, "Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            inThisJvm.release();
            throw new RunLockException("Interrupted while waiting for the run lock " + file + "; nothing was changed.");
        } catch (RuntimeException e) {
            closeQuietly(channel);
            inThisJvm.release();
            throw e;
        }
    }

    private static String waitingText(Duration wait, String holder, Path file) {
        return "Waiting up to " + wait.toSeconds() + " s for another metalorm run in this project to finish (" + holder
                + ", lock " + file + ").";
    }

    private static RunLockException timedOut(Path file, String holder, Duration wait) {
        return new RunLockException("Another metalorm run holds " + file + " (" + holder + ") and did not finish within "
                + wait.toSeconds() + " s; nothing was changed. Run again when it is done, or raise metalorm.runLockWait"
                + " (seconds). The lock is released when that run ends, also when it is killed.");
    }

    /** Null when another process, or another channel of this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String record(FileChannel channel) throws IOException {
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return holder;
    }

    /** What the holder wrote: {@code pid 123, started 2026-12-03T17:20:01Z}; a holder that has not written yet is "a run". */
    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.matches("pid \\d+, started \\S+") ? text : "a run that has not said who it is yet";
        } catch (IOException e) {
            // Windows refuses to read a locked region
            return "a run whose pid cannot be read";
        }
    }

    @Override
    public void close() {
        HOLDERS.remove(key);
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
        inThisJvm.release();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held any more
        }
    }
}
