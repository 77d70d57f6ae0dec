package dev.metalorm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A {@link javax.sql.DataSource} over {@link DriverManager}: a new physical connection per call. */
public final class DriverManagerDataSource extends PlainDataSource {
    private final String url;
    private final String user;
    private final String password;

    public DriverManagerDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return DriverManager.getConnection(url, username, pass);
    }
}
