package dev.metalorm.maven.introspect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults in one form whatever reported them: SQL text as it would appear after {@code DEFAULT},
 * string and date literals quoted ({@code 'draft'}, {@code 'it''s'}), numbers bare ({@code -1}, {@code 1.50}),
 * expressions as the database writes them ({@code current_timestamp()}, {@code now()}); null when there is
 * none or the default is NULL. Columns the database generates (auto-increment, serial, identity) have no
 * default: their {@code nextval(...)} is captured by the auto-increment flag.
 *
 * <ul>
 * <li>MariaDB ≥ 10.2.7 information_schema: already this form, except that no default reads "NULL".</li>
 * <li>MySQL 8 information_schema: literals unquoted, expressions flagged {@code DEFAULT_GENERATED} in EXTRA.</li>
 * <li>PostgreSQL: literals carry a cast ({@code 'x'::character varying}, {@code '-1'::integer},
 *     {@code NULL::text}); the cast is dropped, and a quoted number of a numeric column unquoted.</li>
 * <li>Connector/J metadata (SchemaCrawler on MySQL/MariaDB): literals unquoted and "NULL" for none, so a
 *     default that is not a function call is quoted for non-numeric columns. A literal string default
 *     'NULL' and literals that look like calls ({@code 'f(x)'}) cannot be told apart there.</li>
 * </ul>
 */
final class DefaultValues {
    private static final Pattern PG_CAST_LITERAL = Pattern.compile("^\\(?('(?:[^']|'')*')\\)?::[a-zA-Z0-9_ .\"\\[\\]()]+$");
    private static final Pattern PG_NULL = Pattern.compile("^NULL(::[a-zA-Z0-9_ .\"\\[\\]()]+)?$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");
    private static final Pattern CALL = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.]*\\(.*\\)$");

    private DefaultValues() {
    }

    /** MariaDB's information_schema.COLUMNS.COLUMN_DEFAULT. */
    static String mariaDb(String raw) {
        if (raw == null || raw.equalsIgnoreCase("NULL")) {
            return null;
        }
        return raw;
    }

    /** MySQL's (not MariaDB's) information_schema.COLUMNS.COLUMN_DEFAULT with its EXTRA. */
    static String mySql(String raw, String extra, int jdbcType) {
        if (raw == null) {
            return null;
        }
        if (extra != null && extra.toUpperCase(java.util.Locale.ROOT).contains("DEFAULT_GENERATED")) {
            return raw;
        }
        return NativeTypes.isNumeric(jdbcType) ? raw : quote(raw);
    }

    /** PostgreSQL's {@code pg_get_expr(adbin, adrelid)}, or pgjdbc's COLUMN_DEF (the same text). */
    static String postgres(String expr, int jdbcType) {
        if (expr == null) {
            return null;
        }
        String e = expr.strip();
        if (PG_NULL.matcher(e).matches()) {
            return null;
        }
        Matcher m = PG_CAST_LITERAL.matcher(e);
        if (m.matches()) {
            String literal = m.group(1);
            String inner = literal.substring(1, literal.length() - 1);
            if (NativeTypes.isNumeric(jdbcType) && NUMBER.matcher(inner).matches()) {
                return inner;
            }
            return literal;
        }
        return e;
    }

    /** Connector/J's COLUMN_DEF: unquoted literals, "NULL" or null for none. */
    static String connectorJ(String raw, int jdbcType) {
        if (raw == null || raw.equals("NULL")) {
            return null;
        }
        if (NativeTypes.isNumeric(jdbcType) || CALL.matcher(raw).matches()) {
            return raw;
        }
        return quote(raw);
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
