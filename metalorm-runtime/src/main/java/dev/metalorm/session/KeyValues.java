package dev.metalorm.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The values of a key (primary, foreign, pivot) as the session compares them: the one key
 * normaliser behind the identity map ({@link IdentityMap}), relation loading, pivot loading and the
 * flush's key lookups (issue 11 item 2). The elements stay the values as read or given, so a key
 * can be bound as it is; equality and hash code go by a canonical form of each value:
 * <ul>
 *   <li>integral numbers (Byte, Short, Integer, Long, a BigInteger or a scale-free BigDecimal
 *       within long's range) as one Long, so an INT key matches a BIGINT foreign key and a
 *       BigInteger {@code bigint unsigned} key matches its Long read;</li>
 *   <li>other decimals without trailing zeros, so 1.50 matches 1.5;</li>
 *   <li>byte arrays (VARBINARY, BYTEA keys) by their content, not their identity; the bytes are
 *       copied, so a caller changing its array afterwards does not change the key;</li>
 *   <li>{@code OffsetDateTime} and {@code ZonedDateTime} (a {@code timestamptz} key part, as Pagila's
 *       partitioned {@code payment}) as their instant: the driver reads them back in UTC, and
 *       {@code 12:00+02:00} is the row persisted as such.</li>
 * </ul>
 */
final class KeyValues extends AbstractList<Object> implements RandomAccess {
    private static final KeyValues ONE_NULL = new KeyValues(null, null);
    /** The values of a key of two or more; null for a key of one value, held in {@link #one} without an array. */
    private final Object[] values;
    private final Object one;
    private final int hash;

    private KeyValues(Object[] values, Object one) {
        this.values = values;
        this.one = one;
        if (values == null) {
            this.hash = 31 + canonicalHash(one); // as List.hashCode of one element: equal to the array form's
            return;
        }
        int h = 1;
        for (Object v : values) {
            h = 31 * h + canonicalHash(v);
        }
        this.hash = h;
    }

    /** The key of these values (copied). */
    static KeyValues of(List<?> values) {
        if (values instanceof KeyValues k) {
            return k;
        }
        return values.size() == 1 ? one(values.get(0)) : owning(values.toArray());
    }

    /**
     * The key of one value, without an array (a tracked row keeps two such keys, its own and its
     * reference's: the arrays were a fifth of its bookkeeping's objects); the unset one (null) is
     * one shared instance, the unset foreign key every new child's reference holds.
     */
    static KeyValues one(Object value) {
        if (value == null) {
            return ONE_NULL;
        }
        return new KeyValues(null, value instanceof byte[] b ? b.clone() : value);
    }

    /** The key of these values, taking the array (the caller made it and lets go of it); byte arrays are copied. */
    static KeyValues owning(Object[] values) {
        if (values.length == 1) {
            return one(values[0]);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof byte[] b) {
                values[i] = b.clone();
            }
        }
        return new KeyValues(values, null);
    }

    @Override
    public Object get(int index) {
        if (values == null) {
            java.util.Objects.checkIndex(index, 1);
            return one;
        }
        return values[index];
    }

    @Override
    public int size() {
        return values == null ? 1 : values.length;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof KeyValues k) {
            int n = size();
            if (hash != k.hash || n != k.size()) {
                return false;
            }
            if (values == null) {
                return canonicalEquals(one, k.one);
            }
            for (int i = 0; i < n; i++) {
                if (!canonicalEquals(values[i], k.values[i])) {
                    return false;
                }
            }
            return true;
        }
        return o instanceof List<?> l && equals(of(l));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < size(); i++) {
            Object v = get(i);
            out.append(i == 0 ? "" : ", ").append(v instanceof byte[] b ? hex(b) : String.valueOf(v));
        }
        return out.append(']').toString();
    }

    /*
     * Hash and equality of the canonical forms, computed without building them for the common values (boxed
     * integers, strings): a key is made per row at flush and per relation change, and the boxing showed in profiles.
     */
    private static int canonicalHash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return Long.hashCode(((Number) v).longValue());
        }
        if (v instanceof byte[] b) {
            return Arrays.hashCode(b);
        }
        if (v instanceof BigInteger || v instanceof BigDecimal || v instanceof java.time.temporal.Temporal) {
            Object c = canonical(v);
            return c instanceof Long l ? Long.hashCode(l) : c.hashCode();
        }
        return v.hashCode();
    }

    private static boolean canonicalEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isSmallIntegral(a) && isSmallIntegral(b)) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return canonical(a).equals(canonical(b));
    }

    private static boolean isSmallIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    private static Object canonical(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            return s.scale() <= 0 ? canonical(s.toBigIntegerExact()) : s;
        }
        if (v instanceof byte[] b) {
            return new Bytes(b);
        }
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (v instanceof java.time.ZonedDateTime t) {
            return t.toInstant();
        }
        return v;
    }

    /** A byte array compared by content. */
    private record Bytes(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /** Bytes as {@code 0x0aff}, as messages name a binary key. */
    private static String hex(byte[] b) {
        StringBuilder out = new StringBuilder("0x");
        for (byte x : b) {
            out.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return out.toString();
    }
}
