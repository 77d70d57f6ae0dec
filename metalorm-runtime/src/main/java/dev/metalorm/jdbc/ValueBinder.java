package dev.metalorm.jdbc;

import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.EnumLabels;
import dev.metalorm.sql.SqlParameter;
import dev.metalorm.sql.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** Binds parameters by column type, as each dialect needs. */
final class ValueBinder {
    private static final DateTimeFormatter TEXT_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);
    private final Dialect dialect;

    ValueBinder(Dialect dialect) {
        this.dialect = dialect;
    }

    void bind(PreparedStatement ps, int index, SqlParameter p) throws SQLException {
        bind(ps, index, p, p.value());
    }

    /** Binds {@code v} as the parameter {@code p} describes it (its type, SQL type and column), whatever value {@code p} holds. */
    void bind(PreparedStatement ps, int index, SqlParameter p, Object v) throws SQLException {
        if (p.array()) {
            // one array for a long IN list: c = ANY(?)
            ps.setArray(index, ps.getConnection().createArrayOf(dialect.arrayElementType(p.type()), (Object[]) v));
            return;
        }
        ColumnType type = p.type() != null ? p.type() : infer(v);
        Dialect.NativeBinding how = dialect.nativeBinding(type, p.sqlType());
        if (v == null) {
            ps.setNull(index, switch (how) {
                case PLAIN -> sqlType(type);
                case BIT_NUMBER -> Types.BIGINT;
                default -> Types.OTHER;
            });
            return;
        }
        if (how == Dialect.NativeBinding.UNTYPED) {
            // the server converts untyped text to the column's type, as it does a literal
            ps.setObject(index, v instanceof Enum<?> e ? EnumLabels.label(e) : v.toString(), Types.OTHER);
            return;
        }
        if (how == Dialect.NativeBinding.BIT_STRING) {
            String bits = v instanceof Boolean b ? (b ? "1" : "0") : BitStrings.toText((byte[]) v, bitLength(p.sqlType()));
            ps.setObject(index, bits, Types.OTHER);
            return;
        }
        if (how == Dialect.NativeBinding.BIT_NUMBER) {
            ps.setBigDecimal(index, new BigDecimal(new java.math.BigInteger(1, (byte[]) v)));
            return;
        }
        switch (type) {
            case SMALLINT -> ps.setShort(index, ((Number) v).shortValue());
            case INTEGER -> ps.setInt(index, ((Number) v).intValue());
            case BIGINT -> ps.setLong(index, ((Number) v).longValue());
            case DECIMAL -> ps.setBigDecimal(index, v instanceof BigDecimal d ? d : new BigDecimal(v.toString()));
            case DOUBLE -> ps.setDouble(index, ((Number) v).doubleValue());
            case FLOAT -> ps.setFloat(index, ((Number) v).floatValue());
            case STRING -> ps.setString(index, v.toString());
            case ENUM -> ps.setString(index, v instanceof Enum<?> e ? EnumLabels.label(e) : v.toString());
            case BOOLEAN -> ps.setBoolean(index, (Boolean) v);
            case DATE -> ps.setObject(index, v);
            case TIME -> {
                if (dialect.bindTimestampAsText()) {
                    ps.setString(index, TEXT_TIME.format((LocalTime) v));
                } else {
                    ps.setObject(index, v);
                }
            }
            case TIMESTAMP -> timestamp(ps, index, (LocalDateTime) v);
            case TIMESTAMPTZ -> {
                OffsetDateTime t = v instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) v;
                if (dialect.timestampWithTimeZoneAsUtc()) {
                    timestamp(ps, index, t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                } else {
                    ps.setObject(index, t);
                }
            }
            case UUID -> {
                if (dialect.nativeUuid()) {
                    ps.setObject(index, v);
                } else {
                    ps.setString(index, v.toString());
                }
            }
            case BYTES -> ps.setBytes(index, (byte[]) v);
            case JSON -> {
                if (dialect.bindJsonUntyped()) {
                    ps.setObject(index, v.toString(), Types.OTHER);
                } else {
                    ps.setString(index, v.toString());
                }
            }
            case ARRAY -> {
                Class<?> element = (p.javaType() != null ? p.javaType() : v.getClass()).getComponentType();
                String name = dialect.arrayColumnElementType(p.sqlType(), element);
                if (name == null) {
                    throw new SQLException(dialect.name() + " has no array columns (a " + v.getClass().getSimpleName()
                            + " value); map the column to another type");
                }
                ps.setArray(index, ps.getConnection().createArrayOf(name, (Object[]) v));
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** n of bit(n); 1 for a plain bit (PostgreSQL's bit is bit(1)); -1 for bit varying, whose values keep all their bits. */
    static int bitLength(String sqlType) {
        String s = sqlType.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("varbit") || s.startsWith("bit varying")) {
            return -1;
        }
        int open = s.indexOf('(');
        return open < 0 ? 1 : Integer.parseInt(s.substring(open + 1, s.indexOf(')')).trim());
    }

    private void timestamp(PreparedStatement ps, int index, LocalDateTime t) throws SQLException {
        if (dialect.bindTimestampAsText()) {
            ps.setString(index, TEXT_TIMESTAMP.format(t));
        } else {
            ps.setObject(index, t);
        }
    }

    private int sqlType(ColumnType type) {
        return switch (type) {
            case SMALLINT -> Types.SMALLINT;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case DOUBLE -> Types.DOUBLE;
            case FLOAT -> Types.REAL;
            case STRING, ENUM -> Types.VARCHAR;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIME -> dialect.bindTimestampAsText() ? Types.VARCHAR : Types.TIME;
            case TIMESTAMP -> dialect.bindTimestampAsText() ? Types.VARCHAR : Types.TIMESTAMP;
            case TIMESTAMPTZ -> dialect.timestampWithTimeZoneAsUtc() ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
            case UUID -> dialect.nativeUuid() ? Types.OTHER : Types.VARCHAR;
            case BYTES -> Types.VARBINARY;
            case JSON -> dialect.bindJsonUntyped() ? Types.OTHER : Types.VARCHAR;
            case ARRAY -> Types.ARRAY;
        };
    }

    private static ColumnType infer(Object v) {
        if (v == null) {
            return ColumnType.STRING;
        }
        if (v instanceof OffsetDateTime || v instanceof Instant) {
            return ColumnType.TIMESTAMPTZ;
        }
        if (v instanceof LocalDate) {
            return ColumnType.DATE;
        }
        if (v instanceof LocalTime) {
            return ColumnType.TIME;
        }
        if (v instanceof LocalDateTime) {
            return ColumnType.TIMESTAMP;
        }
        if (v instanceof UUID) {
            return ColumnType.UUID;
        }
        return ColumnType.forJavaType(v.getClass()).orElse(ColumnType.STRING);
    }
}
