package dev.metalorm.maven.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which schema a request means: the one named (exactly, or else the single one equal to it ignoring case, so
 * that {@code public} finds H2's {@code PUBLIC}), or the connection's current one when none is named.
 */
final class SchemaResolution {
    private static final int LISTED = 10;

    private SchemaResolution() {
    }

    /**
     * @param requested the schema asked for, or null
     * @param current the connection's current schema, or null when it has none
     * @param existing every schema (or database) on the server, sorted
     * @param listed the user schemas to name in an error message, sorted
     * @param term "schema" or "database"
     */
    static String resolve(String requested, String current, List<String> existing, List<String> listed,
                          String term, DatabaseProduct product) {
        if (requested == null || requested.isBlank()) {
            if (current == null || current.isBlank()) {
                throw new IntrospectionException("The connection to " + product.name() + " has no current " + term
                        + "; set metalorm.schema to one of: " + list(listed) + ".");
            }
            return current;
        }
        if (existing.contains(requested)) {
            return requested;
        }
        List<String> sameIgnoringCase = new ArrayList<>();
        for (String s : existing) {
            if (s.toLowerCase(Locale.ROOT).equals(requested.toLowerCase(Locale.ROOT))) {
                sameIgnoringCase.add(s);
            }
        }
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.get(0);
        }
        throw new IntrospectionException("Unknown " + term + " \"" + requested + "\" on " + product.name()
                + "; available " + term + "s: " + list(listed) + ". Check metalorm.schema.");
    }

    /**
     * Resolves against the rows of a bulk reader's {@code schemas} query (name, 1 when current).
     *
     * @param dialect the query's resource folder ("mysql", "postgres")
     * @param system which names are the server's own, left out of error messages
     */
    static String resolveFromQuery(Connection connection, String dialect, Predicate<String> system, IntrospectionRequest request,
                                   String term, DatabaseProduct product) throws SQLException {
        TreeSet<String> existing = new TreeSet<>(Comparator.naturalOrder());
        String current = null;
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load(dialect, "schemas"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                existing.add(name);
                if (rs.getInt(2) == 1) {
                    current = name;
                }
            }
        }
        List<String> listed = existing.stream().filter(system.negate()).toList();
        return resolve(request.schema(), current, List.copyOf(existing), listed, term, product);
    }

    /**
     * Whether {@code schema} is the connection's current schema ({@code catalogs}: its current database, as
     * MySQL/MariaDB name them), so that unqualified table names reach it.
     */
    static boolean isCurrent(Connection connection, String schema, boolean catalogs) throws SQLException {
        String current = catalogs ? connection.getCatalog() : connection.getSchema();
        return schema.equals(current);
    }

    /** A driver's message on one line without a trailing period (PostgreSQL adds "\n  Position: …"). */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private static String list(List<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        String shown = names.stream().limit(LISTED).collect(Collectors.joining(", "));
        return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
    }
}
