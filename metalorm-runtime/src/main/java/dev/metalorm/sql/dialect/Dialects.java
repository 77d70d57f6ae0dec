package dev.metalorm.sql.dialect;

import dev.metalorm.MetalOrmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Chooses the dialect from what JDBC metadata reports. */
public final class Dialects {
    private Dialects() {
    }

    /** The dialect of the database the connection is on, with H2's identifier case mode read from the database. */
    public static Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        if (md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return new H2Dialect(h2Version(md.getDatabaseProductVersion()), H2Dialect.IdentifierCase.of(connection));
        }
        return forProduct(md.getDatabaseProductName(), md.getDatabaseProductVersion());
    }

    /**
     * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
     * @param productVersion {@code DatabaseMetaData.getDatabaseProductVersion()}
     */
    public static Dialect forProduct(String productName, String productVersion) {
        String product = productName.toLowerCase(Locale.ROOT);
        String version = productVersion == null ? "" : productVersion;
        if (product.contains("h2")) {
            return new H2Dialect(h2Version(version));
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            // Connector/J reports MariaDB as "5.5.5-10.11.19-MariaDB-..."
            String v = version.startsWith("5.5.5-") ? version.substring("5.5.5-".length()) : version;
            boolean maria = product.contains("mariadb") || v.contains("MariaDB");
            return new MySqlDialect((maria ? "MariaDB " : "MySQL ") + v.replace("-MariaDB", "").split("[ -]")[0]);
        }
        if (product.contains("postgresql")) {
            return new PostgresDialect(version.split(" ")[0]);
        }
        throw new MetalOrmException("Unsupported database \"" + productName + " " + productVersion
                + "\"; MetalORM runs on H2, MySQL/MariaDB and PostgreSQL.");
    }

    /** "2.3.232 (2024-08-11)" is version 2.3.232. */
    private static String h2Version(String productVersion) {
        return productVersion == null ? "" : productVersion.split(" ")[0];
    }
}
