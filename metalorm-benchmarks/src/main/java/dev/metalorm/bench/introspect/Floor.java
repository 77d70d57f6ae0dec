package dev.metalorm.bench.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the four bulk catalog queries that fetch what {@code reverse} needs (tables and their
 * comments; columns with types, nullability, defaults, comments; primary, unique and foreign keys
 * with their column order; foreign-key rules), run on one open connection and joined in Java into
 * per-table facts. Whatever our reader does beyond this is its overhead.
 */
public final class Floor {
    private Floor() {
    }

    public static final class TableFacts {
        final String name;
        String comment;
        final List<String[]> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, List<String>> uniqueKeys = new LinkedHashMap<>();
        final Map<String, ForeignKeyFacts> foreignKeys = new LinkedHashMap<>();

        TableFacts(String name) {
            this.name = name;
        }
    }

    public static final class ForeignKeyFacts {
        String target;
        final List<String> columns = new ArrayList<>();
        final List<String> targetColumns = new ArrayList<>();
        String onUpdate;
        String onDelete;
    }

    /** What was read, by table name. */
    public record Facts(Map<String, TableFacts> tables) {
        public SyntheticSchema.Stats stats() {
            int columns = 0, fks = 0, uniques = 0, comments = 0, composite = 0, self = 0, junctions = 0;
            for (TableFacts t : tables.values()) {
                columns += t.columns.size();
                fks += t.foreignKeys.size();
                uniques += t.uniqueKeys.size();
                comments += (t.comment == null || t.comment.isEmpty() ? 0 : 1);
                for (String[] c : t.columns) {
                    comments += c[6] == null || c[6].isEmpty() ? 0 : 1;
                }
                composite += t.primaryKey.size() > 1 ? 1 : 0;
                for (ForeignKeyFacts f : t.foreignKeys.values()) {
                    self += f.target.equals(t.name) ? 1 : 0;
                }
                junctions += t.foreignKeys.size() == 2 && t.primaryKey.size() == 2 && t.foreignKeys.values().stream()
                        .allMatch(f -> f.columns.size() == 1 && t.primaryKey.contains(f.columns.get(0))) ? 1 : 0;
            }
            return new SyntheticSchema.Stats(tables.size(), columns, fks, uniques, comments, junctions, composite, self);
        }
    }

    public static Facts read(String db, Connection c, String schema) throws SQLException {
        return db.equals("postgres") ? postgres(c, "public") : mariadb(c, schema);
    }

    static final String MARIA_TABLES = "SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = ?";
    static final String MARIA_COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, "
            + "COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
            + "ORDER BY TABLE_NAME, ORDINAL_POSITION";
    static final String MARIA_KEYS = "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_NAME, "
            + "REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
            + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";
    static final String MARIA_RULES = "SELECT CONSTRAINT_NAME, TABLE_NAME, UPDATE_RULE, DELETE_RULE FROM "
            + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";

    static Facts mariadb(Connection c, String schema) throws SQLException {
        Map<String, TableFacts> tables = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(MARIA_TABLES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = new TableFacts(rs.getString(1));
                    t.comment = rs.getString(3);
                    tables.put(t.name, t);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(MARIA_COLUMNS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = tables.get(rs.getString(1));
                    // name, type, full type, nullable, default, extra, comment
                    t.columns.add(new String[] {rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(MARIA_KEYS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    TableFacts t = tables.get(rs.getString(2));
                    String column = rs.getString(3);
                    String target = rs.getString(5);
                    if (name.equals("PRIMARY")) {
                        t.primaryKey.add(column);
                    } else if (target != null) {
                        ForeignKeyFacts f = t.foreignKeys.computeIfAbsent(name, k -> new ForeignKeyFacts());
                        f.target = target;
                        f.columns.add(column);
                        f.targetColumns.add(rs.getString(6));
                    } else {
                        t.uniqueKeys.computeIfAbsent(name, k -> new ArrayList<>()).add(column);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(MARIA_RULES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ForeignKeyFacts f = tables.get(rs.getString(2)).foreignKeys.get(rs.getString(1));
                    f.onUpdate = rs.getString(3);
                    f.onDelete = rs.getString(4);
                }
            }
        }
        return new Facts(tables);
    }

    static final String PG_TABLES = "SELECT c.oid, c.relname, c.relkind, d.description FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0 "
            + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm')";
    static final String PG_COLUMNS = "SELECT a.attrelid, a.attname, a.attnum, t.typname, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, d.description "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "JOIN pg_type t ON t.oid = a.atttypid "
            + "LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
            + "LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum "
            + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped "
            + "ORDER BY a.attrelid, a.attnum";
    static final String PG_CONSTRAINTS = "SELECT con.conname, con.contype, con.conrelid, tc.relname, k.ord, a.attname, "
            + "fa.attname, con.confupdtype, con.confdeltype FROM pg_constraint con "
            + "JOIN pg_namespace n ON n.oid = con.connamespace "
            + "CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) "
            + "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
            + "LEFT JOIN pg_class tc ON tc.oid = con.confrelid "
            + "LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.ord] "
            + "WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f') ORDER BY con.conrelid, con.conname, k.ord";
    static final String PG_UNIQUE_INDEXES = "SELECT ic.relname, i.indrelid, k.ord, a.attname FROM pg_index i "
            + "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace "
            + "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
            + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            + "WHERE n.nspname = ? AND i.indisunique AND NOT i.indisprimary AND i.indpred IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid) ORDER BY ic.relname, k.ord";

    static Facts postgres(Connection c, String schema) throws SQLException {
        Map<Long, TableFacts> byOid = new HashMap<>();
        Map<String, TableFacts> tables = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(PG_TABLES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = new TableFacts(rs.getString(2));
                    t.comment = rs.getString(4);
                    byOid.put(rs.getLong(1), t);
                    tables.put(t.name, t);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(PG_COLUMNS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = byOid.get(rs.getLong(1));
                    t.columns.add(new String[] {rs.getString(2), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6) ? "NO" : "YES", rs.getString(7), rs.getString(8), rs.getString(9)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(PG_CONSTRAINTS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = byOid.get(rs.getLong(3));
                    String name = rs.getString(1);
                    switch (rs.getString(2)) {
                        case "p" -> t.primaryKey.add(rs.getString(6));
                        case "u" -> t.uniqueKeys.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString(6));
                        default -> {
                            ForeignKeyFacts f = t.foreignKeys.computeIfAbsent(name, k -> new ForeignKeyFacts());
                            f.target = rs.getString(4);
                            f.columns.add(rs.getString(6));
                            f.targetColumns.add(rs.getString(7));
                            f.onUpdate = rs.getString(8);
                            f.onDelete = rs.getString(9);
                        }
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(PG_UNIQUE_INDEXES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableFacts t = byOid.get(rs.getLong(2));
                    if (t != null) {
                        t.uniqueKeys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(4));
                    }
                }
            }
        }
        return new Facts(tables);
    }
}
