package dev.metalorm.metadata;

import dev.metalorm.MetalOrmException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Converts values given by users (ids, query values) to a column's Java type, or explains why not. */
public final class Values {
    private Values() {
    }

    public static Object coerce(TableModel table, ColumnModel column, Object value) {
        if (value == null || column.javaType().isInstance(value)) {
            return value;
        }
        Class<?> t = column.javaType();
        try {
            if (value instanceof Number n && Number.class.isAssignableFrom(t)) {
                BigDecimal d = new BigDecimal(n.toString());
                if (t == Integer.class) {
                    return d.intValueExact();
                } else if (t == Long.class) {
                    return d.longValueExact();
                } else if (t == Short.class) {
                    return d.shortValueExact();
                } else if (t == BigDecimal.class) {
                    return d;
                } else if (t == java.math.BigInteger.class) {
                    return d.toBigIntegerExact();
                } else if (t == Double.class) {
                    return n.doubleValue();
                } else if (t == Float.class) {
                    return n.floatValue();
                }
            }
            if (value instanceof Instant i && t == OffsetDateTime.class) {
                return i.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof OffsetDateTime o && t == Instant.class) {
                return o.toInstant();
            }
            if (value instanceof String s && t == UUID.class) {
                return UUID.fromString(s);
            }
            if (value instanceof String s && t.isEnum()) {
                Object e = EnumLabels.parse(t, s);
                if (e == null) {
                    throw new IllegalArgumentException("no constant of " + t.getName() + " has the label or name \"" + s
                            + "\" (labels: " + EnumLabels.labels(t) + ")");
                }
                return e;
            }
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new MetalOrmException("Column " + table.name() + "." + column.name() + " cannot take " + value + " as a "
                    + t.getSimpleName() + ": " + e.getMessage());
        }
        throw new MetalOrmException("Column " + table.name() + "." + column.name() + " takes " + t.getSimpleName()
                + " values, not " + value.getClass().getSimpleName() + " (" + value + ")");
    }

    /** Equality as dirty checking sees it: arrays by content, decimals by value. */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof Object[] x && b instanceof Object[] y) {
            return java.util.Arrays.deepEquals(x, y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
