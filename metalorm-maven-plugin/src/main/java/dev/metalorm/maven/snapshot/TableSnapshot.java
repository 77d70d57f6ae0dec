package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as read from the catalog.
 *
 * @param name the table's name exactly as the database spells it
 * @param kind table or view
 * @param comment the table's comment, empty when it has none
 * @param columns columns in ordinal order
 * @param primaryKey the primary key, or null when the table has none
 * @param foreignKeys outgoing foreign keys, sorted by name
 * @param uniqueKeys unique constraints and unique indexes (not the primary key), sorted by name
 * @param indexes plain (non-unique) indexes, sorted by name; an index on exactly a foreign key's columns is left
 *        out (MySQL/MariaDB and H2 create one for every foreign key, PostgreSQL does not), so that every database
 *        reports the same DDL alike; partial and expression indexes are left out
 */
public record TableSnapshot(
        String name,
        TableKind kind,
        String comment,
        List<ColumnSnapshot> columns,
        PrimaryKeySnapshot primaryKey,
        List<ForeignKeySnapshot> foreignKeys,
        List<UniqueKeySnapshot> uniqueKeys,
        List<IndexSnapshot> indexes) {

    public TableSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comment, "comment");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        foreignKeys = List.copyOf(Objects.requireNonNull(foreignKeys, "foreignKeys"));
        uniqueKeys = List.copyOf(Objects.requireNonNull(uniqueKeys, "uniqueKeys"));
        indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    }

    /** A table without plain indexes. */
    public TableSnapshot(String name, TableKind kind, String comment, List<ColumnSnapshot> columns, PrimaryKeySnapshot primaryKey,
                         List<ForeignKeySnapshot> foreignKeys, List<UniqueKeySnapshot> uniqueKeys) {
        this(name, kind, comment, columns, primaryKey, foreignKeys, uniqueKeys, List.of());
    }

    /** The same table with other foreign keys (sorted by name). */
    public TableSnapshot withForeignKeys(List<ForeignKeySnapshot> keys) {
        return new TableSnapshot(name, kind, comment, columns, primaryKey,
                keys.stream().sorted(java.util.Comparator.comparing(ForeignKeySnapshot::name)).toList(), uniqueKeys, indexes);
    }

    /**
     * Whether some key or index of the table has {@code column} as its first column: the primary key, a
     * unique key or a plain index (a foreign key's own index is not read, see {@link #indexes()}).
     */
    public Optional<String> indexLeadingWith(String column) {
        if (primaryKey != null && primaryKey.columns().get(0).equals(column)) {
            return Optional.of("primary key " + primaryKey.name());
        }
        for (UniqueKeySnapshot u : uniqueKeys) {
            if (u.columns().get(0).equals(column)) {
                return Optional.of((u.index() ? "unique index " : "unique key ") + u.name());
            }
        }
        for (IndexSnapshot i : indexes) {
            if (i.columns().get(0).equals(column)) {
                return Optional.of("index " + i.name());
            }
        }
        return Optional.empty();
    }

    /**
     * What identifies a table without a primary key (issue 13): its unique key of NOT NULL columns with the fewest
     * columns, then the first by name; empty when the table has a primary key, is a view, or has no such key.
     */
    public Optional<UniqueKeySnapshot> identityUniqueKey() {
        if (primaryKey != null || kind != TableKind.TABLE) {
            return Optional.empty();
        }
        return uniqueKeys.stream()
                .filter(u -> u.columns().stream().allMatch(c -> column(c).map(x -> !x.nullable()).orElse(false)))
                .min(java.util.Comparator.comparingInt((UniqueKeySnapshot u) -> u.columns().size()).thenComparing(UniqueKeySnapshot::name));
    }

    /** The columns the entity's {@code @Id} maps: the primary key's, else those of {@link #identityUniqueKey()}; empty for neither. */
    public List<String> identityColumns() {
        if (primaryKey != null) {
            return primaryKey.columns();
        }
        return identityUniqueKey().map(UniqueKeySnapshot::columns).orElse(List.of());
    }

    public Optional<PrimaryKeySnapshot> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }

    public Optional<ColumnSnapshot> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
