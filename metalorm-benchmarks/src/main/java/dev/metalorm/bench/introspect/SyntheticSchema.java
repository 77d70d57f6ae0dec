package dev.metalorm.bench.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic schema of N tables with a realistic shape, the same for a given seed and N:
 * about 2 foreign keys a table, 15% junction tables (a third of them with payload columns),
 * composite keys (order lines keyed by their parent and a line number, referenced by composite
 * foreign keys), self-references (trees), unique keys, defaults, and comments on most tables and
 * some columns. Tables only reference earlier tables (and themselves), so the DDL runs in order.
 */
public final class SyntheticSchema {
    public enum Kind { ENTITY, TREE, COMPOSITE, JUNCTION, JUNCTION_PAYLOAD }

    public record Column(String name, String type, boolean nullable, String defaultValue, String comment) {
    }

    public record ForeignKey(String name, List<String> columns, String target, List<String> targetColumns, String onDelete) {
    }

    public record Table(String name, Kind kind, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
                        List<List<String>> uniqueKeys, String comment) {
    }

    /** Portable column types, rendered per database. */
    static final String INT = "int", BIGINT = "bigint", VARCHAR = "varchar", TEXT = "text", DECIMAL = "decimal",
            DATE = "date", TIMESTAMP = "timestamp", BOOLEAN = "boolean";

    private static final String[] NOUNS = {"customer", "order", "invoice", "product", "supplier", "warehouse", "shipment",
        "payment", "account", "employee", "department", "project", "task", "ticket", "category", "tag", "article", "comment",
        "author", "store", "region", "country", "city", "address", "contract", "vehicle", "route", "device", "sensor",
        "reading", "course", "student", "teacher", "lesson", "room", "booking", "event", "venue", "artist", "album", "track",
        "playlist", "policy", "claim", "patient", "doctor", "visit", "prescription", "batch", "lot"};
    private static final String[] ATTRS = {"name", "code", "title", "status", "description", "amount", "quantity", "price",
        "created_at", "updated_at", "due_date", "active", "email", "phone", "note", "rank", "weight", "color", "url", "label"};

    private final List<Table> tables = new ArrayList<>();

    public SyntheticSchema(int n, long seed) {
        Random r = new Random(seed * 1_000_003L + n);
        List<Table> referable = new ArrayList<>();
        List<Table> composite = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = NOUNS[r.nextInt(NOUNS.length)] + "_" + i;
            double roll = r.nextDouble();
            Kind kind;
            if (referable.size() < 2) {
                kind = Kind.ENTITY;
            } else if (roll < 0.10) {
                kind = Kind.JUNCTION;
            } else if (roll < 0.15) {
                kind = Kind.JUNCTION_PAYLOAD;
            } else if (roll < 0.22) {
                kind = Kind.COMPOSITE;
            } else if (roll < 0.28) {
                kind = Kind.TREE;
            } else {
                kind = Kind.ENTITY;
            }
            Table t = build(r, i, name, kind, referable, composite);
            tables.add(t);
            if (kind == Kind.COMPOSITE) {
                composite.add(t);
            } else if (kind != Kind.JUNCTION && kind != Kind.JUNCTION_PAYLOAD) {
                referable.add(t);
            }
        }
    }

    public List<Table> tables() {
        return tables;
    }

    private static Table build(Random r, int i, String name, Kind kind, List<Table> referable, List<Table> composite) {
        List<Column> cols = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<List<String>> uniques = new ArrayList<>();
        int fkNo = 0;
        switch (kind) {
            case JUNCTION, JUNCTION_PAYLOAD -> {
                Table a = pick(r, referable, null);
                Table b = pick(r, referable, a);
                String ca = a.name() + "_id";
                String cb = b == a ? b.name() + "_other_id" : b.name() + "_id";
                cols.add(new Column(ca, INT, false, null, null));
                cols.add(new Column(cb, INT, false, null, null));
                pk.add(ca);
                pk.add(cb);
                fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of(ca), a.name(), List.of("id"), "CASCADE"));
                fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of(cb), b.name(), List.of("id"), "CASCADE"));
                if (kind == Kind.JUNCTION_PAYLOAD) {
                    cols.add(new Column("assigned_at", TIMESTAMP, true, null, "When the link was made"));
                    cols.add(new Column("position", INT, false, "0", null));
                }
                return new Table(name, kind, cols, pk, fks, uniques,
                        "Links " + a.name() + " and " + b.name());
            }
            case COMPOSITE -> {
                Table parent = pick(r, referable, null);
                String pc = parent.name() + "_id";
                cols.add(new Column(pc, INT, false, null, null));
                cols.add(new Column("line_no", INT, false, null, "Position within the parent"));
                pk.add(pc);
                pk.add("line_no");
                fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of(pc), parent.name(), List.of("id"), "CASCADE"));
            }
            default -> {
                cols.add(new Column("id", INT, false, null, null));
                pk.add("id");
            }
        }
        if (kind == Kind.TREE) {
            cols.add(new Column("parent_id", INT, true, null, "The parent node; null for roots"));
            fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of("parent_id"), name, List.of("id"), "SET NULL"));
        }
        // references to earlier tables: about 2 foreign keys a table overall
        int refs = kind == Kind.COMPOSITE || kind == Kind.TREE ? r.nextInt(2) + (r.nextInt(2) == 0 ? 1 : 0)
                : r.nextInt(4) + (r.nextInt(4) == 0 ? 1 : 0) + (r.nextInt(3) == 0 ? 1 : 0);
        List<String> used = new ArrayList<>();
        for (int k = 0; k < refs && !referable.isEmpty(); k++) {
            if (!composite.isEmpty() && r.nextInt(8) == 0) {
                Table target = composite.get(r.nextInt(composite.size()));
                String c1 = target.name() + "_" + target.primaryKey().get(0);
                String c2 = target.name() + "_line_no";
                if (used.contains(c1)) {
                    continue;
                }
                used.add(c1);
                cols.add(new Column(c1, INT, true, null, null));
                cols.add(new Column(c2, INT, true, null, null));
                fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of(c1, c2), target.name(), target.primaryKey(), "NO ACTION"));
                continue;
            }
            Table target = referable.get(r.nextInt(referable.size()));
            String c = target.name() + "_id";
            if (used.contains(c) || cols.stream().anyMatch(x -> x.name().equals(c))) {
                continue;
            }
            used.add(c);
            boolean nullable = r.nextInt(3) == 0;
            cols.add(new Column(c, INT, nullable, null, r.nextInt(5) == 0 ? "Refers to " + target.name() : null));
            fks.add(new ForeignKey("fk" + i + "_" + ++fkNo, List.of(c), target.name(), List.of("id"),
                    nullable ? "SET NULL" : r.nextBoolean() ? "CASCADE" : "RESTRICT"));
            if (r.nextInt(20) == 0) {
                uniques.add(List.of(c)); // one-to-one
            }
        }
        int attrs = 3 + r.nextInt(6);
        for (int k = 0; k < attrs; k++) {
            String a = ATTRS[r.nextInt(ATTRS.length)];
            if (cols.stream().anyMatch(x -> x.name().equals(a))) {
                continue;
            }
            String type = switch (a) {
                case "amount", "price", "weight" -> DECIMAL;
                case "quantity", "rank" -> INT;
                case "created_at", "updated_at" -> TIMESTAMP;
                case "due_date" -> DATE;
                case "active" -> BOOLEAN;
                case "description", "note" -> TEXT;
                default -> VARCHAR;
            };
            String def = switch (a) {
                case "status" -> "'new'";
                case "quantity" -> "1";
                case "active" -> "true";
                default -> null;
            };
            cols.add(new Column(a, type, def != null || r.nextBoolean(), def, r.nextInt(4) == 0 ? "The " + a.replace('_', ' ') + " of the " + name.replaceAll("_\\d+$", "") : null));
            if ((a.equals("code") || a.equals("email")) && r.nextBoolean()) {
                uniques.add(List.of(a));
            }
        }
        String comment = r.nextInt(10) < 7 ? String.format(Locale.ROOT, "%s records (%s)", name.replaceAll("_\\d+$", ""),
                kind.name().toLowerCase(Locale.ROOT)) : null;
        return new Table(name, kind, cols, pk, fks, uniques, comment);
    }

    private static Table pick(Random r, List<Table> from, Table not) {
        Table t = from.get(r.nextInt(from.size()));
        if (t == not && from.size() > 1 && r.nextInt(10) != 0) { // a few self-junctions (friends, related products)
            return pick(r, from, not);
        }
        return t;
    }

    /** Totals, checked against what the floor reads. */
    public Stats stats() {
        int columns = 0, fks = 0, uniques = 0, comments = 0, junctions = 0, composites = 0, self = 0;
        for (Table t : tables) {
            columns += t.columns().size();
            fks += t.foreignKeys().size();
            uniques += t.uniqueKeys().size();
            comments += (t.comment() == null ? 0 : 1) + (int) t.columns().stream().filter(c -> c.comment() != null).count();
            junctions += t.kind() == Kind.JUNCTION || t.kind() == Kind.JUNCTION_PAYLOAD ? 1 : 0;
            composites += t.primaryKey().size() > 1 ? 1 : 0;
            self += (int) t.foreignKeys().stream().filter(f -> f.target().equals(t.name())).count();
        }
        return new Stats(tables.size(), columns, fks, uniques, comments, junctions, composites, self);
    }

    public record Stats(int tables, int columns, int foreignKeys, int uniqueKeys, int comments, int junctions,
                        int compositeKeys, int selfReferences) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d tables, %,d columns, %,d FKs (%.2f a table, %d self), %d unique keys, "
                    + "%d junctions (%.0f%%), %d composite keys, %,d comments", tables, columns, foreignKeys,
                    foreignKeys / (double) tables, selfReferences, uniqueKeys, junctions, 100.0 * junctions / tables,
                    compositeKeys, comments);
        }
    }
}
