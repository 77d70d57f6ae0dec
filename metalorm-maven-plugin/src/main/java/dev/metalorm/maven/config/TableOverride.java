package dev.metalorm.maven.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Choices for one table.
 *
 * @param table the table's name as the database spells it
 * @param className the entity class name, or null for the naming rule
 * @param junction junction choice
 * @param columns per-column choices
 */
public record TableOverride(String table, String className, JunctionChoice junction, List<ColumnOverride> columns) {
    public TableOverride {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(junction, "junction");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    public Optional<ColumnOverride> column(String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst();
    }
}
