package dev.metalorm.maven.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a database name into lower-case ASCII words, and joins words into Java-style names.
 *
 * <ul>
 *   <li>A name without any lower-case letter ({@code USER_ROLES}, as H2 reports unquoted names) is
 *       lower-cased first, so it splits like {@code user_roles}.</li>
 *   <li>Anything that is not a letter or digit separates words: {@code "order date"},
 *       {@code order-date}, {@code order_date} all give {@code order, date}.</li>
 *   <li>camelCase and PascalCase boundaries are kept: {@code userId → user, id},
 *       {@code OrderLines → order, lines}, {@code XMLHttpRequest → xml, http, request}. Digits stay
 *       with the letters before them ({@code address2}, {@code 2fa}).</li>
 *   <li>Non-ASCII letters are transliterated: accents dropped, {@code ß → ss}, {@code æ → ae},
 *       {@code ø → o}, {@code œ → oe} ({@code Größe → grosse}); any other non-ASCII letter or digit
 *       becomes a word of its own, {@code u} and its code point in hex ({@code 名 → u540d}), so
 *       generated sources are pure ASCII.</li>
 * </ul>
 */
final class Words {
    private Words() {
    }

    static List<String> split(String name) {
        String ascii = transliterate(name);
        if (ascii.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            ascii = ascii.toLowerCase(Locale.ROOT);
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (isUpper(c) && word.length() > 0) {
                char previous = ascii.charAt(i - 1);
                boolean nextIsLower = i + 1 < ascii.length() && isLower(ascii.charAt(i + 1));
                if (!isUpper(previous) || nextIsLower) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /** {@code [order, date] → orderDate}. */
    static String camel(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.length() == 0 ? w : capitalize(w));
        }
        return out.toString();
    }

    /** {@code [user, role] → UserRole}. */
    static String pascal(List<String> words) {
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(capitalize(w)));
        return out.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String decapitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String transliterate(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        decomposed.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            } else {
                String special = switch (cp) {
                    case 'ß' -> "ss";
                    case 'æ' -> "ae";
                    case 'Æ' -> "AE";
                    case 'ø' -> "o";
                    case 'Ø' -> "O";
                    case 'œ' -> "oe";
                    case 'Œ' -> "OE";
                    case 'ł' -> "l";
                    case 'Ł' -> "L";
                    case 'đ' -> "d";
                    case 'Đ' -> "D";
                    case 'ð' -> "d";
                    case 'Ð' -> "D";
                    case 'þ' -> "th";
                    case 'Þ' -> "TH";
                    default -> null;
                };
                if (special != null) {
                    out.append(special);
                } else if (Character.isLetterOrDigit(cp)) {
                    out.append(' ').append('u').append(Integer.toHexString(cp)).append(' ');
                } else {
                    out.append(' ');
                }
            }
        });
        return out.toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isUpper(c) || isLower(c) || (c >= '0' && c <= '9');
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
