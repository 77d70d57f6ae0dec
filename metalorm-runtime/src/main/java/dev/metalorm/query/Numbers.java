package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;

/** Exact conversions between number types, for projections and aggregate results. */
final class Numbers {
    private Numbers() {
    }

    static boolean isNumber(Class<?> type) {
        Class<?> t = ColumnType.boxed(type);
        return t == Byte.class || t == Short.class || t == Integer.class || t == Long.class || t == BigDecimal.class
                || t == BigInteger.class || t == Double.class || t == Float.class;
    }

    /** The number as {@code target} (boxed), exactly; a loss fails naming {@code where}. */
    static Object convert(Number n, Class<?> target, Supplier<String> where) {
        Class<?> t = ColumnType.boxed(target);
        if (t.isInstance(n)) {
            return n;
        }
        try {
            if (t == Double.class) {
                return n.doubleValue();
            } else if (t == Float.class) {
                return n.floatValue();
            }
            BigDecimal d = n instanceof BigDecimal b ? b : n instanceof Double || n instanceof Float
                    ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
            if (t == Long.class) {
                return d.longValueExact();
            } else if (t == Integer.class) {
                return d.intValueExact();
            } else if (t == Short.class) {
                return d.shortValueExact();
            } else if (t == Byte.class) {
                return d.byteValueExact();
            } else if (t == BigDecimal.class) {
                return d;
            } else if (t == BigInteger.class) {
                return d.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new MetalOrmException(where.get() + ": " + n + " does not fit a " + t.getSimpleName() + " exactly ("
                    + e.getMessage() + "); use a wider type.");
        }
        throw new MetalOrmException(where.get() + ": cannot turn a " + n.getClass().getSimpleName() + " into a " + t.getSimpleName()
                + ".");
    }
}
