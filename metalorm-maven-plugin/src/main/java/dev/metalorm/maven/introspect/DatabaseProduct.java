package dev.metalorm.maven.introspect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database product as the generator names it, read from the driver's metadata without a statement.
 *
 * <p>Connector/J reports MariaDB as product "MySQL", version "5.5.5-10.11.19-MariaDB-…" (the prefix is the
 * protocol's compatibility version): "MariaDB" is recognised from the version string and the real version
 * is taken after the prefix.
 *
 * @param name "MariaDB", "MySQL", "PostgreSQL", "H2", or the JDBC product name of another database
 * @param version the server's version, e.g. "10.11.19", "15.20", "2.3.232"
 */
record DatabaseProduct(String name, String version) {
    static final String MARIADB = "MariaDB";
    static final String MYSQL = "MySQL";
    static final String POSTGRESQL = "PostgreSQL";
    static final String H2 = "H2";

    private static final Pattern LEADING_VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    static DatabaseProduct of(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            return of(md.getDatabaseProductName(), md.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IntrospectionException("Cannot read the database product from the connection: " + SchemaResolution.oneLine(e), e);
        }
    }

    static DatabaseProduct of(String productName, String productVersion) {
        String reported = productVersion == null ? "" : productVersion.trim();
        String product = productName == null ? "" : productName.trim();
        if (reported.startsWith("5.5.5-")) {
            reported = reported.substring("5.5.5-".length());
        }
        String lowerName = product.toLowerCase(Locale.ROOT);
        String lowerVersion = reported.toLowerCase(Locale.ROOT);
        String name;
        if (lowerName.contains("mariadb") || lowerVersion.contains("mariadb")) {
            name = MARIADB;
        } else if (lowerName.equals("mysql")) {
            name = MYSQL;
        } else if (lowerName.equals("postgresql")) {
            name = POSTGRESQL;
        } else if (lowerName.equals("h2")) {
            name = H2;
        } else {
            name = product;
        }
        Matcher m = LEADING_VERSION.matcher(reported);
        String version = m.lookingAt() ? m.group() : reported;
        return new DatabaseProduct(name, version);
    }

    boolean isMySqlFamily() {
        return name.equals(MARIADB) || name.equals(MYSQL);
    }

    boolean isPostgres() {
        return name.equals(POSTGRESQL);
    }
}
