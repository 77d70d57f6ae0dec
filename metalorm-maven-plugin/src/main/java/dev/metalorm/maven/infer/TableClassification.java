package dev.metalorm.maven.infer;

import java.util.Objects;

/**
 * How a table was classified.
 *
 * @param table the table
 * @param junction whether it is a many-to-many junction (it stays an entity either way)
 * @param reason why
 */
public record TableClassification(String table, boolean junction, Reason reason) {
    public TableClassification {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reason, "reason");
    }
}
