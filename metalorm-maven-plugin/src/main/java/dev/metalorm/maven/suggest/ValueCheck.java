package dev.metalorm.maven.suggest;

import java.util.List;
import java.util.Objects;

/**
 * What one bounded query found for a candidate ({@code metalorm.verifyRelations=sample}).
 *
 * @param table the candidate's table
 * @param column its column
 * @param targetTable the table it would refer to
 * @param sampled how many non-null values were looked at (at most the sample size)
 * @param orphans how many of them have no row in the target
 * @param zeroIsNone whether 0 was counted as "no reference" (integer columns: MyISAM-era schemas write 0 for none)
 */
public record ValueCheck(String table, String column, String targetTable, long sampled, long orphans, boolean zeroIsNone) {
    public ValueCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(targetTable, "targetTable");
    }

    /** How the checks are looked up: one per candidate. */
    static String key(String table, List<String> columns, String targetTable) {
        return table + "\u0000" + String.join(",", columns) + "\u0000" + targetTable;
    }

    String key() {
        return key(table, List.of(column), targetTable);
    }
}
