package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnType;

/**
 * A bound value and the column type that says how to bind it.
 *
 * @param value the value, possibly null; an {@code Object[]} of element values when {@code array}
 * @param type the column type (of the elements, for an array), or null to bind by the value's own class
 * @param array whether the value is bound as one SQL array (for {@code = ANY(?)})
 * @param sqlType the column's declared database type ({@code inet}, {@code bit(8)}, {@code int4[]}), empty when none
 * @param javaType the column's Java type when known (an array column's element type comes from it), else null
 */
public record SqlParameter(Object value, ColumnType type, boolean array, String sqlType, Class<?> javaType) {
    public SqlParameter {
        sqlType = sqlType == null ? "" : sqlType;
    }

    public SqlParameter(Object value, ColumnType type) {
        this(value, type, false, "", null);
    }

    public SqlParameter(Object value, ColumnType type, boolean array) {
        this(value, type, array, "", null);
    }

    @Override
    public String toString() {
        if (array) {
            return "array[" + ((Object[]) value).length + "]";
        }
        return value instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(value);
    }
}
