package dev.metalorm.maven.suggest;

import java.util.Objects;

/**
 * A column that may refer to a table, before the value check: what the introspect stage checks with
 * {@code metalorm.verifyRelations=sample}.
 *
 * @param table the owner
 * @param column its column
 * @param targetTable the table it would refer to
 * @param targetColumn the target's single-column primary key
 * @param integer whether the column is an integer (0 then counts as "no reference")
 */
public record Candidate(String table, String column, String targetTable, String targetColumn, boolean integer) {
    public Candidate {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(targetColumn, "targetColumn");
    }
}
