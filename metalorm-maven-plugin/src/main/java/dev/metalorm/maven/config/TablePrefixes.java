package dev.metalorm.maven.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Table-name prefixes that class names leave out ({@code metalorm.stripTablePrefix}): comma-separated,
 * each a literal prefix matched ignoring case ({@code ACT_RU_,ACT_HI_}), or, when it starts with
 * {@code ^}, a regular expression matched at the start of the name ignoring case ({@code ^ACT_[A-Z]{2}_}).
 * The first entry that matches is stripped, and only when something is left ({@code ACT_RU_EXECUTION →
 * EXECUTION → Execution}); database names, annotations and the lock keep the full name.
 *
 * @param entries the entries as given, trimmed, in order
 */
public record TablePrefixes(List<String> entries) {
    public static final TablePrefixes NONE = new TablePrefixes(List.of());

    public TablePrefixes {
        entries = List.copyOf(entries);
        for (String e : entries) {
            if (e.startsWith("^")) {
                try {
                    Pattern.compile(e, Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException ex) {
                    throw new ConfigException("metalorm.stripTablePrefix: \"" + e + "\" is not a valid regular expression ("
                            + ex.getDescription() + "); write a literal prefix such as ACT_RU_, or a pattern such as ^ACT_[A-Z]{2}_.");
                }
            }
        }
    }

    /** Parses the parameter's value; null or blank means none. */
    public static TablePrefixes parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<String> entries = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                entries.add(part.trim());
            }
        }
        return new TablePrefixes(entries);
    }

    /** The table name without the first matching prefix, or the name itself when none matches or nothing would be left. */
    public String strip(String table) {
        for (String e : entries) {
            int end = -1;
            if (e.startsWith("^")) {
                Matcher m = Pattern.compile(e, Pattern.CASE_INSENSITIVE).matcher(table);
                if (m.lookingAt()) {
                    end = m.end();
                }
            } else if (table.toLowerCase(Locale.ROOT).startsWith(e.toLowerCase(Locale.ROOT))) {
                end = e.length();
            }
            if (end > 0) {
                String rest = table.substring(end);
                if (rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    return rest;
                }
            }
        }
        return table;
    }
}
