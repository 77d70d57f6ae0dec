package dev.metalorm.metadata;

import java.util.Objects;

/**
 * A column as declared.
 *
 * @param hasDefault the database has a default for it: left out of an INSERT while null, read back
 * @param readOnly computed by the database: never written, read back
 * @param version the optimistic-locking column
 * @param sqlType the database's type name when declared ({@code inet}, {@code mood}), else empty
 * @param refreshedOnUpdate set by the database on every UPDATE: read back after one
 * @param origin for messages: {@code dev.app.User.email} or {@code table users, column email}
 */
public record ColumnDeclaration(String name, String property, ColumnType type, Class<?> javaType, boolean id,
                                boolean generated, boolean nullable, boolean unique, boolean hasDefault, boolean readOnly,
                                boolean version, String sqlType, boolean refreshedOnUpdate, String origin) {
    public ColumnDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(sqlType, "sqlType");
        Objects.requireNonNull(origin, "origin");
    }
}
