package dev.metalorm.maven.introspect;

import java.sql.Connection;
import java.util.Objects;

/** Chooses the catalog reader for a connection. */
public final class Introspectors {
    private Introspectors() {
    }

    /**
     * @param connection an open connection (only its metadata is read here)
     * @param choice {@code auto}: bulk SQL for MySQL/MariaDB and PostgreSQL, SchemaCrawler otherwise
     * @throws IntrospectionException when {@code sql} is asked for on a database without a bulk reader
     */
    public static Introspector forConnection(Connection connection, IntrospectorChoice choice) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(choice, "choice");
        DatabaseProduct product = DatabaseProduct.of(connection);
        Introspector bulk = product.isMySqlFamily() ? new MySqlIntrospector()
                : product.isPostgres() ? new PostgresIntrospector()
                : null;
        return switch (choice) {
            case SCHEMACRAWLER -> new SchemaCrawlerIntrospector();
            case AUTO -> bulk != null ? bulk : new SchemaCrawlerIntrospector();
            case SQL -> {
                if (bulk == null) {
                    throw new IntrospectionException("There is no bulk SQL introspector for " + product.name()
                            + " (only MySQL, MariaDB and PostgreSQL). Set metalorm.introspector to auto or schemacrawler.");
                }
                yield bulk;
            }
        };
    }
}
