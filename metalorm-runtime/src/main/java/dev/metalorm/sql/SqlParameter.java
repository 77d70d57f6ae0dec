package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnType;

/**
 * A bound value and the column type that says how to bind it.
 *
 * @param value the value, possibly null; an {@code Object[]} of element values when {@code array}
 * @param type the column type (of the elements, for an array), or null to bind by the value's own class
 *     (raw SQL arguments)
 * @param array whether the value is bound as one SQL array (for {@code = ANY(?)})
 * @param sqlType the column's declared database type ({@code inet}, {@code bit(8)}, {@code int4[]}), empty when none
 * @param javaType the column's Java type when known (an array column's element type comes from it), else null
 * @param column the name of the column the value is for, or null (raw SQL arguments, limits,
 *     aggregate comparisons): what a statement listener's mask is asked about
 */
public record SqlParameter(Object value, ColumnType type, boolean array, String sqlType, Class<?> javaType, String column) {
    public SqlParameter {
        sqlType = sqlType == null ? "" : sqlType;
    }

    public SqlParameter(Object value, ColumnType type) {
        this(value, type, false, "", null, null);
    }

    public SqlParameter(Object value, ColumnType type, boolean array) {
        this(value, type, array, "", null, null);
    }

    @Override
    public String toString() {
        if (array) {
            return "array[" + ((Object[]) value).length + "]";
        }
        return value instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(value);
    }
}
