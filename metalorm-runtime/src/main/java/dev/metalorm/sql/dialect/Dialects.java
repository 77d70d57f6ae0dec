package dev.metalorm.sql.dialect;

import dev.metalorm.MetalOrmException;
import java.util.Locale;

/** Chooses the dialect from what JDBC metadata reports. */
public final class Dialects {
    private Dialects() {
    }

    /**
     * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
     * @param productVersion {@code DatabaseMetaData.getDatabaseProductVersion()}
     */
    public static Dialect forProduct(String productName, String productVersion) {
        String product = productName.toLowerCase(Locale.ROOT);
        String version = productVersion == null ? "" : productVersion;
        if (product.contains("h2")) {
            return new H2Dialect(version.split(" ")[0]);
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
}
