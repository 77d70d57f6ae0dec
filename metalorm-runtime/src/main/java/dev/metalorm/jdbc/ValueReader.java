package dev.metalorm.jdbc;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.EnumLabels;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import dev.metalorm.sql.dialect.Dialect;

/** Reads a column's value as its field's Java type. */
final class ValueReader {
    private ValueReader() {
    }

    static Object read(ResultSet rs, int index, ColumnModel column, Dialect dialect) throws SQLException {
        Object v = switch (column.type()) {
            case SMALLINT -> rs.getShort(index);
            case INTEGER -> rs.getInt(index);
            case BIGINT -> rs.getLong(index);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(index);
                yield d != null && column.javaType() == BigInteger.class ? d.toBigIntegerExact() : d;
            }
            case DOUBLE -> rs.getDouble(index);
            case FLOAT -> rs.getFloat(index);
            case STRING, JSON -> rs.getString(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIME -> rs.getObject(index, LocalTime.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case TIMESTAMPTZ -> {
                OffsetDateTime t;
                if (dialect.timestampWithTimeZoneAsUtc()) {
                    LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
                    t = utc == null ? null : utc.atOffset(ZoneOffset.UTC);
                } else {
                    t = rs.getObject(index, OffsetDateTime.class);
                }
                yield t != null && column.javaType() == Instant.class ? t.toInstant() : t;
            }
            case UUID -> {
                Object o = rs.getObject(index);
                yield o == null || o instanceof UUID ? o : UUID.fromString(o.toString());
            }
            case BYTES -> {
                if (dialect.nativeBinding(ColumnType.BYTES, column.sqlType()) == Dialect.NativeBinding.BIT_STRING) {
                    String bits = rs.getString(index); // PostgreSQL hands bit strings over as text of 0 and 1
                    yield bits == null ? null : BitStrings.fromText(bits);
                }
                yield rs.getBytes(index);
            }
            case ENUM -> enumValue(column, rs.getString(index));
            case ARRAY -> array(column, rs.getArray(index));
        };
        return rs.wasNull() ? null : v;
    }

    private static Object enumValue(ColumnModel column, String label) {
        if (label == null) {
            return null;
        }
        Object constant = EnumLabels.constant(column.javaType(), label);
        if (constant == null) {
            throw new MetalOrmException("Column " + column.name() + " holds \"" + label + "\", which is not a value of enum "
                    + column.javaType().getName() + " (it knows " + EnumLabels.labels(column.javaType()) + "). Add the constant, "
                    + "with @EnumValue(\"" + label + "\") when the label is not a Java name, or regenerate the entities.");
        }
        return constant;
    }

    /** A SQL array as the field's array type ({@code Integer[]}, {@code String[]}), element by element. */
    private static Object array(ColumnModel column, java.sql.Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        try {
            Object[] elements = (Object[]) array.getArray();
            Class<?> element = column.javaType().getComponentType();
            Object[] out = (Object[]) java.lang.reflect.Array.newInstance(element, elements.length);
            for (int i = 0; i < elements.length; i++) {
                Object e = elements[i];
                out[i] = e == null || element.isInstance(e) ? e : convert(column, e, element);
            }
            return out;
        } finally {
            array.free();
        }
    }

    private static Object convert(ColumnModel column, Object e, Class<?> element) {
        if (e instanceof Number n && element == Long.class) {
            return n.longValue();
        } else if (e instanceof Number n && element == Integer.class) {
            return n.intValue();
        } else if (e instanceof Number n && element == Short.class) {
            return n.shortValue();
        } else if (e instanceof Number n && element == BigDecimal.class) {
            return new BigDecimal(n.toString());
        } else if (element == String.class) {
            return e.toString();
        } else if (element == UUID.class) {
            return UUID.fromString(e.toString());
        }
        throw new MetalOrmException("Column " + column.name() + " holds an array element " + e + " (" + e.getClass().getName()
                + "), which is not a " + element.getName());
    }
}
