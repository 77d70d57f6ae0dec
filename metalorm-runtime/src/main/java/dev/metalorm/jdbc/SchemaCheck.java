package dev.metalorm.jdbc;

import dev.metalorm.SchemaMismatchException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the mapped tables and columns with the database's catalog once, when MetalOrm is
 * built, so that a misspelt name fails there with every mismatch named rather than in the first
 * query that meets it. One {@code INFORMATION_SCHEMA.COLUMNS} query per schema (and per 1,000
 * tables), filtered to the mapped tables; the schema's table list is read only when a table is
 * missing, to suggest one.
 */
public final class SchemaCheck {
    private static final int TABLES_PER_QUERY = 1000;

    private SchemaCheck() {
    }

    /** Throws {@link SchemaMismatchException} naming every mapped table and column the database lacks. */
    public static void verify(Connection connection, Dialect dialect, Collection<TableModel> tables) throws SQLException {
        Map<String, List<TableModel>> bySchema = new TreeMap<>();
        for (TableModel t : tables) {
            bySchema.computeIfAbsent(t.schema(), k -> new ArrayList<>()).add(t);
        }
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<TableModel>> e : bySchema.entrySet()) {
            check(connection, dialect, e.getKey(), e.getValue(), mismatches);
        }
        if (!mismatches.isEmpty()) {
            StringBuilder message = new StringBuilder("The database (" + dialect.name() + ") does not match the mapped model: ")
                    .append(mismatches.size()).append(mismatches.size() == 1 ? " mismatch" : " mismatches").append(" in ")
                    .append(tables.size()).append(tables.size() == 1 ? " table" : " tables").append(':');
            for (String m : mismatches) {
                message.append("\n  - ").append(m);
            }
            message.append("\nFix the mapping or the database, or skip this check with MetalOrm.builder(...).checkSchema(false).");
            throw new SchemaMismatchException(message.toString(), mismatches);
        }
    }

    private static void check(Connection connection, Dialect dialect, String schema, List<TableModel> tables,
                              List<String> mismatches) throws SQLException {
        // table name as the catalog spells it -> its columns in order
        Map<String, List<String>> catalog = new LinkedHashMap<>();
        for (int from = 0; from < tables.size(); from += TABLES_PER_QUERY) {
            List<TableModel> part = tables.subList(from, Math.min(tables.size(), from + TABLES_PER_QUERY));
            // The catalog's own names are left unquoted: every database here finds INFORMATION_SCHEMA so in every case mode.
            StringBuilder sql = new StringBuilder("SELECT TABLE_NAME, COLUMN_NAME FROM " + dialect.catalogColumns() + " WHERE TABLE_SCHEMA = ")
                    .append(schema.isEmpty() ? dialect.currentSchemaExpression() : "?").append(" AND LOWER(TABLE_NAME) IN (");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") ORDER BY TABLE_NAME, ORDINAL_POSITION");
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int p = 1;
                if (!schema.isEmpty()) {
                    ps.setString(p++, dialect.catalogName(schema));
                }
                for (TableModel t : part) {
                    ps.setString(p++, dialect.catalogName(t.name()).toLowerCase(Locale.ROOT));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        catalog.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        List<String> schemaTables = null;
        String where = schema.isEmpty() ? "the current schema" : "schema \"" + schema + "\"";
        for (TableModel t : tables) {
            String name = dialect.catalogName(t.name());
            String found = match(name, catalog.keySet(), dialect.namesIgnoreCase(false));
            if (found == null) {
                String other = ignoringCase(name, catalog.keySet());
                if (other != null) {
                    mismatches.add("table \"" + name + "\" (" + t.source() + ") not found: " + dialect.caseMismatchAdvice(name, other) + ".");
                    continue;
                }
                if (schemaTables == null) {
                    schemaTables = tableNames(connection, dialect, schema);
                }
                String near = nearest(name, schemaTables);
                mismatches.add("table \"" + name + "\" (" + t.source() + ") not found in " + where
                        + (near == null ? "" : ", did you mean \"" + near + "\"?")
                        + (near != null ? "" : schemaTables.isEmpty() ? ". It has no tables." : ". Its tables are " + shortList(schemaTables) + "."));
                continue;
            }
            List<String> columns = catalog.get(found);
            for (ColumnModel c : t.columns()) {
                String column = dialect.catalogName(c.name());
                if (match(column, columns, dialect.namesIgnoreCase(true)) != null) {
                    continue;
                }
                String other = ignoringCase(column, columns);
                String field = c.shadow() ? "the foreign key of a relation" : "field " + c.property();
                if (other != null) {
                    mismatches.add(found + " (" + t.source() + "): column \"" + column + "\" (" + field + ") not found: "
                            + dialect.caseMismatchAdvice(column, other) + ".");
                    continue;
                }
                String near = nearest(column, columns);
                mismatches.add(found + " (" + t.source() + "): column \"" + column + "\" (" + field + ") not found"
                        + (near == null ? "." : ", did you mean \"" + near + "\"?") + " Its columns are " + columns + ".");
            }
        }
    }

    private static List<String> tableNames(Connection connection, Dialect dialect, String schema) throws SQLException {
        String sql = "SELECT TABLE_NAME FROM " + dialect.catalogTables() + " WHERE TABLE_SCHEMA = "
                + (schema.isEmpty() ? dialect.currentSchemaExpression() : "?") + " ORDER BY TABLE_NAME";
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (!schema.isEmpty()) {
                ps.setString(1, dialect.catalogName(schema));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        names.sort(null); // the catalog's collation orders "_" differently on each database
        return names;
    }

    private static String match(String name, Collection<String> names, boolean ignoreCase) {
        if (names.contains(name)) {
            return name;
        }
        return ignoreCase ? ignoringCase(name, names) : null;
    }

    private static String ignoringCase(String name, Collection<String> names) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The name meant, if one is close: the same letters and digits ignoring case and separators
     * ({@code userId} and {@code user_id}), else within a few edits (a third of the length).
     */
    static String nearest(String name, List<String> names) {
        String key = letters(name);
        for (String n : names) {
            if (letters(n).equals(key)) {
                return n;
            }
        }
        String best = null;
        int bestDistance = Math.max(1, key.length() / 3) + 1;
        for (String n : names) {
            int d = distance(key, letters(n));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Edits from one name to the other: insertions, deletions, substitutions and swaps of neighbours ("titel", "title"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String shortList(List<String> names) {
        return names.size() <= 30 ? names.toString() : names.subList(0, 30) + " and " + (names.size() - 30) + " more";
    }
}
