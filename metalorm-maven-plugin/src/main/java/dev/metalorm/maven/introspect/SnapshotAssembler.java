package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeyElsewhere;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.IndexSnapshot;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins catalog rows, in whatever order they arrive, into a sorted snapshot: tables by name, columns by
 * ordinal, keys by name, key columns by key position (all with explicit comparators, so the result never
 * depends on the order the database returns rows in).
 */
final class SnapshotAssembler {
    private final Map<String, TableDraft> tables = new TreeMap<>(Comparator.naturalOrder());
    /** Keys to other schemas by table and name (joined by NUL, which no name holds, so they sort by table first). */
    private final Map<String, KeyDraft> elsewhere = new TreeMap<>(Comparator.naturalOrder());

    void addTable(String name, TableKind kind, String comment) {
        tables.put(name, new TableDraft(name, kind, comment == null ? "" : comment));
    }

    boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    void addColumn(String table, ColumnSnapshot column) {
        draft(table).columns.add(column);
    }

    /**
     * A MariaDB system-versioned table: the server adds its row-end column to the primary key and to every
     * unique key, and its implicit {@code row_start}/{@code row_end} columns are not listed. Key columns the
     * catalog does not list are left out of its keys instead of failing the read.
     */
    void markSystemVersioned(String table) {
        draft(table).systemVersioned = true;
    }

    /** The row-end column of a system-versioned table, listed or not: left out of the table's keys. */
    void addPeriodEnd(String table, String column) {
        draft(table).periodEnds.add(column);
    }

    void addPrimaryKeyColumn(String table, String name, int position, String column) {
        TableDraft t = draft(table);
        if (t.primaryKey == null) {
            t.primaryKey = new KeyDraft(name);
        }
        t.primaryKey.columns.put(position, column);
    }

    void addUniqueKeyColumn(String table, String name, boolean index, int position, String column) {
        KeyDraft key = draft(table).uniqueKeys.computeIfAbsent(name, KeyDraft::new);
        key.index = index;
        key.columns.put(position, column);
    }

    /** A column of a plain (non-unique) index. */
    void addIndexColumn(String table, String name, int position, String column) {
        draft(table).indexes.computeIfAbsent(name, KeyDraft::new).columns.put(position, column);
    }

    void addForeignKeyColumn(String table, String name, int position, String column, String referencedTable,
                             String referencedColumn) {
        KeyDraft key = draft(table).foreignKeys.computeIfAbsent(name, KeyDraft::new);
        key.referencedTable = referencedTable;
        key.columns.put(position, column);
        key.referencedColumns.put(position, referencedColumn);
    }

    /** A column of a foreign key to a table of another schema or database. */
    void addForeignKeyElsewhereColumn(String table, String name, int position, String column, String referencedSchema,
                                      String referencedTable) {
        if (!tables.containsKey(table)) {
            return;
        }
        KeyDraft key = elsewhere.computeIfAbsent(table + "\u0000" + name, k -> new KeyDraft(name));
        key.owner = table;
        key.referencedSchema = referencedSchema;
        key.referencedTable = referencedTable;
        key.columns.put(position, column);
    }

    /** Sets the rules of a foreign key added before; rules of keys not added (filtered out) are ignored. */
    void setForeignKeyRules(String table, String name, ReferentialAction onUpdate, ReferentialAction onDelete) {
        TableDraft t = tables.get(table);
        KeyDraft key = t == null ? null : t.foreignKeys.get(name);
        if (key != null) {
            key.onUpdate = onUpdate;
            key.onDelete = onDelete;
        }
    }

    /** @param connectionDefault whether {@code schema} is the connection's current schema (database) */
    SchemaSnapshot build(DatabaseProduct product, String schema, boolean connectionDefault) {
        List<TableSnapshot> result = new ArrayList<>(tables.size());
        for (TableDraft t : tables.values()) {
            result.add(t.build());
        }
        List<ForeignKeyElsewhere> foreign = new ArrayList<>();
        for (KeyDraft k : elsewhere.values()) {
            foreign.add(new ForeignKeyElsewhere(k.owner, k.name, List.copyOf(k.columns.values()), k.referencedSchema, k.referencedTable));
        }
        return new SchemaSnapshot(product.name(), product.version(), schema, result, foreign, connectionDefault);
    }

    /**
     * The indexes that are not exactly a foreign key's columns: MySQL/MariaDB and H2 create such an index
     * for every foreign key, PostgreSQL does not, and the snapshot of one DDL is the same everywhere.
     */
    static List<IndexSnapshot> withoutForeignKeyIndexes(List<IndexSnapshot> indexes, List<ForeignKeySnapshot> foreignKeys) {
        return indexes.stream()
                .filter(i -> foreignKeys.stream().noneMatch(fk -> fk.columns().equals(i.columns())))
                .sorted(Comparator.comparing(IndexSnapshot::name))
                .toList();
    }

    /** Parses an information_schema rule ("NO ACTION", "SET NULL", ...). */
    static ReferentialAction action(String rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule.trim().toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private TableDraft draft(String table) {
        TableDraft t = tables.get(table);
        if (t == null) {
            throw new IllegalStateException("Catalog row for unknown table " + table);
        }
        return t;
    }

    private static final class TableDraft {
        final String name;
        final TableKind kind;
        final String comment;
        final List<ColumnSnapshot> columns = new ArrayList<>();
        KeyDraft primaryKey;
        final Map<String, KeyDraft> uniqueKeys = new TreeMap<>(Comparator.naturalOrder());
        final Map<String, KeyDraft> foreignKeys = new TreeMap<>(Comparator.naturalOrder());
        final Map<String, KeyDraft> indexes = new TreeMap<>(Comparator.naturalOrder());
        final java.util.Set<String> periodEnds = new java.util.TreeSet<>(Comparator.naturalOrder());
        boolean systemVersioned;

        TableDraft(String name, TableKind kind, String comment) {
            this.name = name;
            this.kind = kind;
            this.comment = comment;
        }

        TableSnapshot build() {
            columns.sort(Comparator.comparingInt(ColumnSnapshot::ordinal));
            PrimaryKeySnapshot pk = primaryKey == null ? null
                    : new PrimaryKeySnapshot(primaryKey.name, checked(primaryKey.name, primaryKey.columnList()));
            List<ForeignKeySnapshot> fks = new ArrayList<>();
            for (KeyDraft k : foreignKeys.values()) {
                fks.add(new ForeignKeySnapshot(k.name, checked(k.name, k.columnList()), k.referencedTable,
                        List.copyOf(k.referencedColumns.values()), k.onUpdate, k.onDelete));
            }
            List<UniqueKeySnapshot> uks = new ArrayList<>();
            for (KeyDraft k : uniqueKeys.values()) {
                uks.add(new UniqueKeySnapshot(k.name, checked(k.name, k.columnList()), k.index));
            }
            List<IndexSnapshot> plain = new ArrayList<>();
            for (KeyDraft k : indexes.values()) {
                List<String> cols = k.columnList();
                if (!cols.isEmpty() && columns.stream().map(ColumnSnapshot::name).toList().containsAll(cols)) {
                    plain.add(new IndexSnapshot(k.name, cols));
                }
            }
            return new TableSnapshot(name, kind, comment, columns, pk, fks, uks, withoutForeignKeyIndexes(plain, fks));
        }

        private List<String> checked(String key, List<String> keyColumns) {
            if (systemVersioned) {
                keyColumns = keyColumns.stream()
                        .filter(c -> !periodEnds.contains(c) && columns.stream().anyMatch(col -> col.name().equals(c)))
                        .toList();
            }
            for (String c : keyColumns) {
                if (columns.stream().noneMatch(col -> col.name().equals(c))) {
                    throw new IntrospectionException("Key " + key + " of table " + name + " names column " + c
                            + ", which the catalog does not list; the catalog changed while it was read, run again.");
                }
            }
            return keyColumns;
        }
    }

    private static final class KeyDraft {
        final String name;
        final TreeMap<Integer, String> columns = new TreeMap<>(Comparator.naturalOrder());
        final TreeMap<Integer, String> referencedColumns = new TreeMap<>(Comparator.naturalOrder());
        String referencedTable;
        String referencedSchema;
        String owner;
        boolean index;
        ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        ReferentialAction onDelete = ReferentialAction.NO_ACTION;

        KeyDraft(String name) {
            this.name = name;
        }

        List<String> columnList() {
            return List.copyOf(columns.values());
        }
    }
}
