package dev.metalorm.jdbc;

/**
 * BIT(n) and bit varying values held in a {@code byte[]}: the bits read as one unsigned big-endian
 * number, right-aligned in {@code ceil(n / 8)} bytes, as MySQL and MariaDB hand them over
 * ({@code b'1010101010'} is {@code {0x02, 0xAA}}). PostgreSQL reads and writes them as text of
 * '0' and '1'; these convert between the two.
 */
final class BitStrings {
    private BitStrings() {
    }

    /** The bytes of a PostgreSQL bit string such as {@code "10101010"}. */
    static byte[] fromText(String bits) {
        int n = bits.length();
        byte[] out = new byte[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            char c = bits.charAt(n - 1 - i);
            if (c == '1') {
                out[out.length - 1 - i / 8] |= (byte) (1 << (i % 8));
            } else if (c != '0') {
                throw new IllegalArgumentException("Not a bit string: " + bits);
            }
        }
        return out;
    }

    /**
     * The bit string of exactly {@code length} bits for these bytes (all their bits when length is
     * negative, for bit varying without a length); bits above {@code length} must be zero.
     */
    static String toText(byte[] bytes, int length) {
        int n = length < 0 ? bytes.length * 8 : length;
        StringBuilder out = new StringBuilder(n);
        for (int i = n - 1; i >= 0; i--) {
            int at = bytes.length - 1 - i / 8;
            out.append(at >= 0 && (bytes[at] >> (i % 8) & 1) == 1 ? '1' : '0');
        }
        for (int i = n; i < bytes.length * 8; i++) {
            if ((bytes[bytes.length - 1 - i / 8] >> (i % 8) & 1) == 1) {
                throw new IllegalArgumentException("The value has bits set above the column's " + n + " bits");
            }
        }
        return out.toString();
    }
}
