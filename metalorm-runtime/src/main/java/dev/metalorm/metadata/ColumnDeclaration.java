package dev.metalorm.metadata;

import java.util.Objects;

/**
 * A column as declared.
 *
 * @param origin for messages: {@code dev.app.User.email} or {@code table users, column email}
 */
public record ColumnDeclaration(String name, String property, ColumnType type, Class<?> javaType, boolean id,
                                boolean generated, boolean nullable, boolean unique, String origin) {
    public ColumnDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(origin, "origin");
    }
}
