package dev.metalorm.maven.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labels of a MySQL/MariaDB {@code ENUM} column from its information_schema {@code COLUMN_TYPE}:
 * {@code enum('a','b''c','d\\e','')} → {@code a}, {@code b'c}, {@code d\e}, the empty string. The server writes each
 * label as a single-quoted literal, doubling a quote and escaping a backslash; a comma or a parenthesis inside the
 * quotes is part of the label.
 */
final class EnumDefinition {
    private EnumDefinition() {
    }

    /**
     * @param columnType e.g. {@code enum('new','in progress')}
     * @return the labels in order, or null when the text is not an ENUM definition as we know it: the column then
     *         stays a String column, as it was before enums were generated, rather than failing the whole run
     */
    static List<String> labels(String columnType) {
        String text = columnType.strip();
        if (!text.toLowerCase(Locale.ROOT).startsWith("enum(") || !text.endsWith(")")) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        int i = "enum(".length();
        int end = text.length() - 1;
        while (i < end) {
            if (text.charAt(i) != '\'') {
                return null;
            }
            StringBuilder label = new StringBuilder();
            i++;
            while (true) {
                if (i >= end) {
                    return null;
                }
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    label.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else if (c == '\\' && i + 1 < end) {
                    label.append(unescape(text.charAt(i + 1)));
                    i += 2;
                } else {
                    label.append(c);
                    i++;
                }
            }
            labels.add(label.toString());
            if (i < end) {
                if (text.charAt(i) != ',') {
                    return null;
                }
                i++;
            }
        }
        return labels;
    }

    /** MySQL's string escapes ({@code \0 \b \n \r \t \Z}); any other escaped character stands for itself. */
    private static char unescape(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'b' -> '\b';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'Z' -> '\u001a';
            default -> c;
        };
    }
}
