package dev.metalorm.jdbc;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
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
            case BYTES -> rs.getBytes(index);
            case ENUM -> enumValue(column, rs.getString(index));
        };
        return rs.wasNull() ? null : v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(ColumnModel column, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf((Class) column.javaType(), name);
        } catch (IllegalArgumentException e) {
            throw new MetalOrmException("Column " + column.name() + " holds \"" + name + "\", which is not a constant of "
                    + column.javaType().getName());
        }
    }
}
