package dev.metalorm.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The values of a key (primary, foreign, pivot) as the session compares them: the one key
 * normaliser behind the identity map ({@link EntityKey}), relation loading, pivot loading and the
 * flush's key lookups (issue 11 item 2). The elements stay the values as read or given, so a key
 * can be bound as it is; equality and hash code go by a canonical form of each value:
 * <ul>
 *   <li>integral numbers (Byte, Short, Integer, Long, a BigInteger or a scale-free BigDecimal
 *       within long's range) as one Long, so an INT key matches a BIGINT foreign key and a
 *       BigInteger {@code bigint unsigned} key matches its Long read;</li>
 *   <li>other decimals without trailing zeros, so 1.50 matches 1.5;</li>
 *   <li>byte arrays (VARBINARY, BYTEA keys) by their content, not their identity; the bytes are
 *       copied, so a caller changing its array afterwards does not change the key.</li>
 * </ul>
 */
final class KeyValues extends AbstractList<Object> implements RandomAccess {
    private final Object[] values;
    private final Object[] canonical;
    private final int hash;

    private KeyValues(Object[] values) {
        this.values = values;
        this.canonical = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            canonical[i] = canonical(values[i]);
        }
        this.hash = Arrays.hashCode(canonical);
    }

    /** The key of these values (copied). */
    static KeyValues of(List<?> values) {
        if (values instanceof KeyValues k) {
            return k;
        }
        Object[] copy = values.toArray();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof byte[] b) {
                copy[i] = b.clone();
            }
        }
        return new KeyValues(copy);
    }

    @Override
    public Object get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof KeyValues k) {
            return hash == k.hash && Arrays.equals(canonical, k.canonical);
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
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i] instanceof byte[] b ? hex(b) : String.valueOf(values[i]));
        }
        return out.append(']').toString();
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
