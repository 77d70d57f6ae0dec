package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A plain (non-unique) index: evidence, for relations the schema does not declare, that a column is
 * looked up by. Unique indexes are {@link UniqueKeySnapshot}s.
 *
 * @param name the index's name
 * @param columns key columns in key order
 */
public record IndexSnapshot(String name, List<String> columns) {
    public IndexSnapshot {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " has no columns");
        }
    }
}
