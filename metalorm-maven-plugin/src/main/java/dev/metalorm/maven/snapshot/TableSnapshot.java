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
 */
public record TableSnapshot(
        String name,
        TableKind kind,
        String comment,
        List<ColumnSnapshot> columns,
        PrimaryKeySnapshot primaryKey,
        List<ForeignKeySnapshot> foreignKeys,
        List<UniqueKeySnapshot> uniqueKeys) {

    public TableSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comment, "comment");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        foreignKeys = List.copyOf(Objects.requireNonNull(foreignKeys, "foreignKeys"));
        uniqueKeys = List.copyOf(Objects.requireNonNull(uniqueKeys, "uniqueKeys"));
    }

    public Optional<PrimaryKeySnapshot> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }

    public Optional<ColumnSnapshot> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
