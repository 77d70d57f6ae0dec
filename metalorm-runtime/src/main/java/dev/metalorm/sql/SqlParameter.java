package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnType;

/**
 * A bound value and the column type that says how to bind it.
 *
 * @param value the value, possibly null
 * @param type the column type, or null to bind by the value's own class
 */
public record SqlParameter(Object value, ColumnType type) {
    @Override
    public String toString() {
        return value instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(value);
    }
}
