package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint or a unique index that backs no constraint.
 *
 * @param name constraint or index name
 * @param columns key columns in key order
 * @param index true for a plain unique index, false for a unique constraint
 */
public record UniqueKeySnapshot(String name, List<String> columns, boolean index) {
    public UniqueKeySnapshot {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }
}
