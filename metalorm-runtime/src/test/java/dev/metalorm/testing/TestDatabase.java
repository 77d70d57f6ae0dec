package dev.metalorm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A fresh, empty database created for one test and dropped after it.
 *
 * @param kind the engine
 * @param name the database's name (for PostgreSQL and MariaDB the database, for H2 the in-memory name)
 * @param url JDBC URL of this database
 * @param user user name
 * @param password password, possibly empty
 * @param server where the server came from and its version, for messages
 */
public record TestDatabase(DatabaseKind kind, String name, String url, String user, String password, String server) {

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(url, props);
    }

    /** A {@link DataSource} that opens a new connection per call; good enough for tests. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url, user, password);
    }

    /** Runs statements in this database, for test set-up. */
    public void execute(String... sql) {
        try (Connection c = connect(); var st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Set-up SQL failed on " + kind.displayName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind.displayName() + " " + name;
    }
}
