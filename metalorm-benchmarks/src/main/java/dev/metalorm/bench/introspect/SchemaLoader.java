package dev.metalorm.bench.introspect;

import dev.metalorm.bench.Databases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a {@link SyntheticSchema} as DDL for MariaDB or PostgreSQL and loads it in bulk on one connection. */
public final class SchemaLoader {
    private SchemaLoader() {
    }

    /** The JDBC URL of database {@code name} for the readers (no extra options). */
    public static String url(String db, String name) {
        return db.equals("postgres") ? Databases.postgres(name) : Databases.mariadb(name, "");
    }

    /** Drops and creates database {@code name}, then the schema's tables; returns the seconds it took. */
    public static double load(String db, String name, SyntheticSchema schema) throws SQLException {
        long start = System.nanoTime();
        List<String> ddl = ddl(db, schema);
        if (db.equals("postgres")) {
            Databases.createPostgres(name);
            try (Connection c = DriverManager.getConnection(Databases.postgres(name))) {
                c.setAutoCommit(false);
                execute(c, ddl, 200); // commits after each batch: one transaction for 3,000 tables exhausts the lock table
                c.commit();
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("ANALYZE");
                }
            }
        } else if (db.equals("mariadb")) {
            Databases.createMariadb(name);
            try (Connection c = DriverManager.getConnection(Databases.mariadb(name, "allowMultiQueries=true"))) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET foreign_key_checks = 0");
                }
                execute(c, ddl, 50);
            }
        } else {
            throw new IllegalArgumentException("db must be mariadb or postgres: " + db);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public static void drop(String db, String name) throws SQLException {
        if (db.equals("postgres")) {
            Databases.dropPostgres(name);
        } else {
            Databases.dropMariadb(name);
        }
    }

    private static void execute(Connection c, List<String> ddl, int perBatch) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < ddl.size(); i += perBatch) {
                for (String sql : ddl.subList(i, Math.min(ddl.size(), i + perBatch))) {
                    s.addBatch(sql);
                }
                s.executeBatch();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
    }

    public static List<String> ddl(String db, SyntheticSchema schema) {
        boolean pg = db.equals("postgres");
        List<String> out = new ArrayList<>();
        for (SyntheticSchema.Table t : schema.tables()) {
            StringBuilder b = new StringBuilder("CREATE TABLE ").append(t.name()).append(" (");
            List<String> parts = new ArrayList<>();
            for (SyntheticSchema.Column c : t.columns()) {
                StringBuilder col = new StringBuilder(c.name()).append(' ').append(type(c.type(), pg));
                if (!c.nullable()) {
                    col.append(" NOT NULL");
                }
                if (c.defaultValue() != null) {
                    col.append(" DEFAULT ").append(c.defaultValue());
                }
                if (!pg && c.comment() != null) {
                    col.append(" COMMENT ").append(quote(c.comment()));
                }
                parts.add(col.toString());
            }
            parts.add("PRIMARY KEY (" + String.join(", ", t.primaryKey()) + ")");
            int u = 0;
            for (List<String> uk : t.uniqueKeys()) {
                parts.add("CONSTRAINT uq_" + t.name() + "_" + ++u + " UNIQUE (" + String.join(", ", uk) + ")");
            }
            for (SyntheticSchema.ForeignKey fk : t.foreignKeys()) {
                parts.add("CONSTRAINT " + fk.name() + " FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES "
                        + fk.target() + " (" + String.join(", ", fk.targetColumns()) + ") ON DELETE " + fk.onDelete());
            }
            b.append(String.join(", ", parts)).append(')');
            if (!pg) {
                b.append(" ENGINE=InnoDB");
                if (t.comment() != null) {
                    b.append(" COMMENT=").append(quote(t.comment()));
                }
            }
            out.add(b.toString());
            if (pg) {
                if (t.comment() != null) {
                    out.add("COMMENT ON TABLE " + t.name() + " IS " + quote(t.comment()));
                }
                for (SyntheticSchema.Column c : t.columns()) {
                    if (c.comment() != null) {
                        out.add("COMMENT ON COLUMN " + t.name() + "." + c.name() + " IS " + quote(c.comment()));
                    }
                }
                // PostgreSQL does not index foreign keys itself; real schemas index most of them
                for (SyntheticSchema.ForeignKey fk : t.foreignKeys()) {
                    if (!fk.columns().equals(t.primaryKey().subList(0, Math.min(fk.columns().size(), t.primaryKey().size())))) {
                        out.add("CREATE INDEX ix_" + fk.name() + " ON " + t.name() + " ("
                                + fk.columns().stream().collect(Collectors.joining(", ")) + ")");
                    }
                }
            }
        }
        return out;
    }

    private static String type(String t, boolean pg) {
        return switch (t) {
            case SyntheticSchema.INT -> "INT";
            case SyntheticSchema.BIGINT -> "BIGINT";
            case SyntheticSchema.VARCHAR -> "VARCHAR(100)";
            case SyntheticSchema.TEXT -> "TEXT";
            case SyntheticSchema.DECIMAL -> "DECIMAL(12, 2)";
            case SyntheticSchema.DATE -> "DATE";
            case SyntheticSchema.TIMESTAMP -> pg ? "TIMESTAMP" : "DATETIME(6)";
            case SyntheticSchema.BOOLEAN -> "BOOLEAN";
            default -> throw new IllegalArgumentException(t);
        };
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
