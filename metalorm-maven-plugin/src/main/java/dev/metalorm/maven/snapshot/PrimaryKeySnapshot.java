package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name constraint name as reported (MariaDB always says "PRIMARY")
 * @param columns key columns in key order
 */
public record PrimaryKeySnapshot(String name, List<String> columns) {
    public PrimaryKeySnapshot {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }
}
