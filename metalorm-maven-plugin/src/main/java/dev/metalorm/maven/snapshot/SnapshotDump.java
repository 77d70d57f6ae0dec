package dev.metalorm.maven.snapshot;

import java.sql.JDBCType;
import java.util.List;

/**
 * A deterministic, indented text form of a snapshot, one fact per line, for tests, {@code -X} output and
 * reports. The snapshot is already sorted; the dump follows its order and prints every component, so two
 * snapshots are equal exactly when their dumps are. Text values are quoted with {@code "} and {@code \}
 * escaped; line breaks are written as {@code \n}.
 *
 * <pre>
 * schema "public" (PostgreSQL 15.20)
 *   table "posts" TABLE comment ""
 *     column 1 "id" int4 INTEGER size 0 scale 0 not null auto-increment default none comment ""
 *     column 2 "status" order_status VARCHAR size 0 scale 0 null default none comment "" enum "public"."order_status" ("new", "paid")
 *     primary key "posts_pkey" ("id")
 *     foreign key "fk_posts_user" ("user_id") references "users" ("id") on update NO_ACTION on delete CASCADE
 *     unique constraint "uq_posts_slug" ("slug")
 *     index "ix_posts_status" ("status", "title")
 * </pre>
 */
public final class SnapshotDump {
    private SnapshotDump() {
    }

    /** The dump of a whole snapshot, every line ending in {@code \n}. */
    public static String dump(SchemaSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("schema ").append(quote(snapshot.schema()))
                .append(" (").append(snapshot.product()).append(' ').append(snapshot.productVersion()).append(")\n");
        for (TableSnapshot table : snapshot.tables()) {
            appendTable(out, table, "  ");
        }
        return out.toString();
    }

    /** The dump of one table, lines indented by two spaces. */
    public static String dump(TableSnapshot table) {
        StringBuilder out = new StringBuilder();
        appendTable(out, table, "");
        return out.toString();
    }

    private static void appendTable(StringBuilder out, TableSnapshot t, String indent) {
        out.append(indent).append("table ").append(quote(t.name())).append(' ').append(t.kind())
                .append(" comment ").append(quote(t.comment())).append('\n');
        String inner = indent + "  ";
        for (ColumnSnapshot c : t.columns()) {
            out.append(inner).append("column ").append(c.ordinal()).append(' ').append(quote(c.name()))
                    .append(' ').append(c.nativeType()).append(' ').append(jdbcTypeName(c.jdbcType()))
                    .append(" size ").append(c.size()).append(" scale ").append(c.scale())
                    .append(c.nullable() ? " null" : " not null")
                    .append(c.autoIncrement() ? " auto-increment" : "")
                    .append(switch (c.generation()) {
                        case NONE -> "";
                        case IDENTITY_ALWAYS -> " generated always";
                        case COMPUTED -> " computed";
                    })
                    .append(" default ").append(c.defaultValue() == null ? "none" : quote(c.defaultValue()))
                    .append(" comment ").append(quote(c.comment()));
            if (c.enumType() != null) {
                out.append(" enum ");
                if (c.enumType().namedType()) {
                    out.append(quote(c.enumType().schema())).append('.').append(quote(c.enumType().typeName())).append(' ');
                }
                out.append(columns(c.enumType().labels()));
            }
            out.append('\n');
        }
        if (t.primaryKey() != null) {
            out.append(inner).append("primary key ").append(quote(t.primaryKey().name())).append(' ')
                    .append(columns(t.primaryKey().columns())).append('\n');
        }
        for (ForeignKeySnapshot fk : t.foreignKeys()) {
            out.append(inner).append("foreign key ").append(quote(fk.name())).append(' ').append(columns(fk.columns()))
                    .append(" references ").append(quote(fk.referencedTable())).append(' ')
                    .append(columns(fk.referencedColumns()))
                    .append(" on update ").append(fk.onUpdate()).append(" on delete ").append(fk.onDelete())
                    .append(fk.declared() ? "" : " not declared").append('\n');
        }
        for (UniqueKeySnapshot uk : t.uniqueKeys()) {
            out.append(inner).append(uk.index() ? "unique index " : "unique constraint ").append(quote(uk.name()))
                    .append(' ').append(columns(uk.columns())).append('\n');
        }
        for (IndexSnapshot index : t.indexes()) {
            out.append(inner).append("index ").append(quote(index.name())).append(' ').append(columns(index.columns())).append('\n');
        }
    }

    private static String columns(List<String> names) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(names.get(i)));
        }
        return b.append(')').toString();
    }

    /** The {@link JDBCType} name of a {@link java.sql.Types} constant, or the number when it has none. */
    static String jdbcTypeName(int type) {
        try {
            return JDBCType.valueOf(type).getName();
        } catch (IllegalArgumentException e) {
            return Integer.toString(type);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
