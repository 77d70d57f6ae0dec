package dev.metalorm.maven.config;

import java.util.Objects;

/**
 * Choices for one column.
 *
 * @param column the column's name as the database spells it
 * @param fieldName the field name, or null for the naming rule
 * @param javaType fully-qualified Java type (e.g. "java.time.Instant"), or null for the default mapping
 */
public record ColumnOverride(String column, String fieldName, String javaType) {
    public ColumnOverride {
        Objects.requireNonNull(column, "column");
    }
}
