package dev.metalorm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.render.ShopFixture;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReverseMojoTest {
    @TempDir
    Path dir;

    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<String> connectedAs = new AtomicReference<>();

    /** Decrypts "{enc}" passwords by dropping the prefix. */
    private static final SettingsDecrypter DECRYPTER = request -> new SettingsDecryptionResult() {
        private Server decrypted() {
            Server s = request.getServers().get(0).clone();
            s.setPassword(s.getPassword().replace("{enc}", ""));
            return s;
        }

        @Override
        public Server getServer() {
            return decrypted();
        }

        @Override
        public List<Server> getServers() {
            return List.of(decrypted());
        }

        @Override
        public org.apache.maven.settings.Proxy getProxy() {
            return null;
        }

        @Override
        public List<org.apache.maven.settings.Proxy> getProxies() {
            return List.of();
        }

        @Override
        public List<SettingsProblem> getProblems() {
            return List.of();
        }
    };

    private final class TestMojo extends ReverseMojo {
        private final boolean wired;
        /** Runs inside the naming stage, to hold a run there. */
        private Runnable duringNaming = () -> { };

        TestMojo(boolean wired) {
            super(DECRYPTER);
            this.wired = wired;
        }

        @Override
        ReversePipeline pipeline() {
            if (!wired) {
                return super.pipeline();
            }
            return new ReversePipeline(
                    (url, user, password) -> {
                        connectedAs.set(user + "/" + password);
                        return ReversePipeline.driverManager("jdbc:h2:mem:mojo", "sa", "");
                    },
                    (connection, choice) -> (c, request) -> ShopFixture.snapshot(),
                    (s, overrides) -> ShopFixture.inference(),
                    (s, inference, overrides, pkg, lock, gap) -> {
                        duringNaming.run();
                        return ShopFixture.named();
                    },
                    "TEST");
        }
    }

    private TestMojo mojo(boolean wired, boolean debug) throws Exception {
        TestMojo mojo = new TestMojo(wired);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return debug;
            }

            @Override
            public void debug(CharSequence content) {
                log.add("[debug] " + content);
            }

            @Override
            public void info(CharSequence content) {
                log.add("[info] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[warn] " + content);
            }
        });
        set(mojo, "url", "jdbc:h2:mem:mojo");
        set(mojo, "packageName", ShopFixture.PACKAGE);
        set(mojo, "outputDirectory", dir.resolve("src/main/java").toFile());
        set(mojo, "buildDirectory", dir.resolve("target").toFile());
        set(mojo, "runLockWait", 60); // Maven's default
        set(mojo, "introspector", "auto");
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("shop-db");
        server.setUsername("app");
        server.setPassword("{enc}s3cret");
        settings.addServer(server);
        set(mojo, "settings", settings);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Test
    void skipComesFirst() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "skip", true);
        set(mojo, "packageName", null);
        mojo.execute();
        assertThat(log).containsExactly("[info] Skipping metalorm:reverse (metalorm.skip=true).");
    }

    @Test
    void runsThePipelineAndLogsTheSummary() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "user", "sa");
        mojo.execute();

        assertThat(log).hasSize(2);
        Path diagrams = dir.resolve("target/metalorm");
        assertThat(log.get(0)).isEqualTo("[info] Model diagram: " + diagrams.resolve("model.mmd") + " (Mermaid), "
                + diagrams.resolve("model.html") + " (open it in a browser; works offline)");
        assertThat(diagrams.resolve("model.mmd")).content().startsWith("erDiagram\n").contains("users ||--o{ posts");
        assertThat(diagrams.resolve("model.html")).exists();
        assertThat(diagrams.resolve("mermaid.min.js")).exists();
        assertThat(log.get(1)).matches("\\[info\\] Read 5 tables from H2 2\\.3\\.232 schema PUBLIC; inferred 4 belongsTo,"
                + " 1 hasMany, 1 hasOne, 2 belongsToMany; files: 5 written, 0 unchanged, 0 removed \\(\\d+ ms\\)");
        assertThat(dir.resolve("src/main/java/com/acme/model/User.java")).exists();
        assertThat(dir.resolve("target/metalorm/reverse-report.json")).exists();
        assertThat(connectedAs).hasValue("sa/null");
    }

    @Test
    void explainAndDebugDetail() throws Exception {
        TestMojo mojo = mojo(true, true);
        set(mojo, "explain", true);
        mojo.execute();
        assertThat(log).contains("[info] Tables (5):", "[debug] INFO table users_roles: treated as a junction",
                "[debug] relation users:has_many:posts.fk_posts_user: has-many: FK fk_posts_user (user_id) of posts is not unique");
        assertThat(log.get(log.size() - 1)).startsWith("[info] Read 5 tables");
    }

    @Test
    void serverIdGivesDecryptedCredentials() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "serverId", "shop-db");
        mojo.execute();
        assertThat(connectedAs).hasValue("app/s3cret");
    }

    /** Issue 16 item 9: a password in -D properties is printed by mvn -X; warned about once per build, without the password. */
    @Test
    void commandLinePasswordIsWarnedAboutOnce() throws Exception {
        java.util.Properties userProperties = new java.util.Properties();
        userProperties.setProperty("metalorm.password", "Sec;ret99");
        userProperties.setProperty("metalorm.packageName", ShopFixture.PACKAGE);
        String warning = "[warn] The database password comes from the command line (-Dmetalorm.password): mvn -X prints it in"
                + " the mojo configuration and your shell keeps it in its history. Put it in ~/.m2/settings.xml as an encrypted"
                + " <server> password (mvn --encrypt-password) and set metalorm.serverId instead.";
        for (int run = 0; run < 2; run++) { // two goals or modules of one build
            TestMojo mojo = mojo(true, false);
            set(mojo, "user", "sa");
            set(mojo, "password", "Sec;ret99");
            set(mojo, "userProperties", userProperties);
            mojo.execute();
        }
        assertThat(log).filteredOn(line -> line.startsWith("[warn]")).containsExactly(warning);
        assertThat(log).noneMatch(line -> line.contains("Sec;ret99"));
        assertThat(connectedAs).hasValue("sa/Sec;ret99");

        // a pom <password>${db.password}</password> given -Ddb.password=... is the same case, in a new build
        log.clear();
        java.util.Properties other = new java.util.Properties();
        other.setProperty("db.password", "hunter2");
        TestMojo mojo = mojo(true, false);
        set(mojo, "password", "hunter2");
        set(mojo, "userProperties", other);
        mojo.execute();
        assertThat(log).filteredOn(line -> line.startsWith("[warn]")).singleElement().asString()
                .startsWith("[warn] The database password comes from the command line (-Ddb.password): ");
    }

    @Test
    void passwordNotOnTheCommandLineIsNotWarnedAbout() throws Exception {
        java.util.Properties userProperties = new java.util.Properties();
        userProperties.setProperty("metalorm.user", "sa");
        TestMojo mojo = mojo(true, false);
        set(mojo, "password", "from-the-pom");
        set(mojo, "userProperties", userProperties);
        mojo.execute();
        assertThat(log).noneMatch(line -> line.startsWith("[warn]"));
    }

    @Test
    void serverIdWithUserIsAUserError() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "serverId", "shop-db");
        set(mojo, "user", "app");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("metalorm.serverId cannot be combined with metalorm.user or metalorm.password");
    }

    @Test
    void unknownServerId() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "serverId", "nope");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("metalorm.serverId \"nope\" names no <server> in settings.xml: add one with <username> and <password>,"
                        + " or set metalorm.user and metalorm.password instead.");
    }

    @Test
    void undecryptablePasswordIsAUserError() throws Exception {
        SettingsDecrypter failing = request -> new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return null;
            }

            @Override
            public List<Server> getServers() {
                return List.of();
            }

            @Override
            public org.apache.maven.settings.Proxy getProxy() {
                return null;
            }

            @Override
            public List<org.apache.maven.settings.Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return List.of(new org.apache.maven.settings.building.DefaultSettingsProblem("master password missing",
                        SettingsProblem.Severity.ERROR, "server: shop-db", -1, -1, null));
            }
        };
        ReverseMojo mojo = new ReverseMojo(failing);
        TestMojo configured = mojo(true, false);
        for (String name : new String[] {"url", "packageName", "outputDirectory", "buildDirectory", "introspector", "settings"}) {
            Field f = field(name);
            f.set(mojo, f.get(configured));
        }
        set(mojo, "serverId", "shop-db");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Cannot decrypt the password of <server> \"shop-db\" in settings.xml (master password missing):"
                        + " check settings-security.xml, or see metalorm.serverId.");
    }

    private static Field field(String name) throws NoSuchFieldException {
        for (Class<?> c = ReverseMojo.class; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Test
    void missingPackageNameFailsTheBuild() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "packageName", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("metalorm.packageName is required");
    }

    @Test
    void writeConflictFailsTheBuild() throws Exception {
        Path user = dir.resolve("src/main/java/com/acme/model/User.java");
        Files.createDirectories(user.getParent());
        Files.writeString(user, "class User {}\n");
        assertThatThrownBy(mojo(true, false)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("has no metalorm header");
    }

    /** Issue 16 item 10: the file system's refusal is the user's to fix, in one line, not "please report this". */
    @Test
    void unwritableOutputDirectoryFailsTheBuildInOneLine() throws Exception {
        Files.writeString(dir.resolve("blocked"), "a file");
        TestMojo mojo = mojo(true, false);
        set(mojo, "outputDirectory", dir.resolve("blocked/src/main/java").toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Cannot write the generated sources into " + dir.resolve("blocked/src/main/java") + ": " + dir.resolve("blocked")
                        + ": a file is where a directory should be. Nothing was changed."
                        + " To fix: move that file away.");
    }

    /**
     * Issue 16 item 11: two runs at once in one project. The second waits for the first (held in its naming stage
     * until the second says it waits), then finds everything written; the tree is the one a single run writes.
     */
    @Test
    void twoRunsAtOnceTakeTurns() throws Exception {
        TestMojo alone = mojo(true, false);
        set(alone, "outputDirectory", dir.resolve("alone/src/main/java").toFile());
        set(alone, "buildDirectory", dir.resolve("alone/target").toFile());
        alone.execute();
        log.clear();

        java.util.concurrent.CountDownLatch firstInside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TestMojo first = mojo(true, false);
        first.duringNaming = () -> {
            firstInside.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        TestMojo second = mojo(true, false);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> one = threads.submit(() -> {
                first.execute();
                return null;
            });
            assertThat(firstInside.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.Future<?> two = threads.submit(() -> {
                second.execute();
                return null;
            });
            String waiting = "[info] Waiting up to 60 s for another metalorm run in this project to finish (pid "
                    + ProcessHandle.current().pid() + ", started ";
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (log.stream().noneMatch(line -> line.startsWith(waiting)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(two.isDone()).isFalse();
            release.countDown();
            one.get(30, java.util.concurrent.TimeUnit.SECONDS);
            two.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        List<String> lines = new ArrayList<>(log);
        assertThat(lines).filteredOn(line -> line.startsWith("[info] Waiting up to")).singleElement().asString()
                .endsWith(", lock " + dir.resolve("target/metalorm/run.lock") + ").");
        assertThat(lines).filteredOn(line -> line.startsWith("[info] Read 5 tables")).hasSize(2)
                .anyMatch(line -> line.contains("files: 5 written, 0 unchanged")).anyMatch(line -> line.contains("files: 0 written, 5 unchanged"));
        assertThat(tree(dir.resolve("src/main/java"))).isEqualTo(tree(dir.resolve("alone/src/main/java")));
    }

    @Test
    void runLockHeldLongerThanTheWaitFailsTheBuild() throws Exception {
        TestMojo mojo = mojo(true, false);
        set(mojo, "runLockWait", 0);
        Path lock = dir.resolve("target/metalorm/run.lock");
        try (dev.metalorm.maven.pipeline.RunLock held = dev.metalorm.maven.pipeline.RunLock.acquire(lock, java.time.Duration.ZERO, m -> { })) {
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("Another metalorm run holds " + lock + " (pid " + ProcessHandle.current().pid() + ", started ")
                    .hasMessageEndingWith(") and did not finish within 0 s; nothing was changed. Run again when it is done, or raise"
                            + " metalorm.runLockWait (seconds). The lock is released when that run ends, also when it is killed.");
        }
        assertThat(dir.resolve("src/main/java")).doesNotExist();
    }

    /** Every file below {@code root} by relative path, with its content. */
    private static java.util.Map<String, String> tree(Path root) throws java.io.IOException {
        java.util.Map<String, String> result = new java.util.TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return result;
    }

    @Test
    void standardPipelineOnAnEmptyDatabaseWarnsAndWritesNothing() throws Exception {
        mojo(false, false).execute();
        assertThat(log).anyMatch(line -> line.startsWith("[warn] ") && line.contains("no tables to generate from"));
        assertThat(dir.resolve("src/main/java")).doesNotExist();
    }

    @Test
    void outputDirectoryDefaultIsUsedAsGiven() throws Exception {
        TestMojo mojo = mojo(true, false);
        File other = dir.resolve("generated").toFile();
        set(mojo, "outputDirectory", other);
        mojo.execute();
        assertThat(other.toPath().resolve("com/acme/model/Post.java")).exists();
    }
}
