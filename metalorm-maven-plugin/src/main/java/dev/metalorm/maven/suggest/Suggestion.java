package dev.metalorm.maven.suggest;

import dev.metalorm.maven.config.SuggestionOptions;
import java.util.List;
import java.util.Objects;

/**
 * A relation the schema does not declare: {@code table(columns) -> targetTable(targetColumns)}, how sure the
 * rules are, why, and what became of it.
 *
 * @param table the table whose columns refer to the target
 * @param columns its columns
 * @param targetTable the referenced table
 * @param targetColumns its key columns
 * @param confidence hundredths, 0 to 100
 * @param evidence the facts, in the order they were weighed
 * @param verdict accepted or why not
 * @param why the verdict in words ("below 0.70", "metalorm.lock keeps (author_id) -> users")
 */
public record Suggestion(String table, List<String> columns, String targetTable, List<String> targetColumns, int confidence,
                         List<Evidence> evidence, Verdict verdict, String why) {

    /** What became of a suggestion. */
    public enum Verdict {
        /** At or above {@code metalorm.minConfidence}. */
        ACCEPTED(true),
        /** A pom {@code <relation>} with {@code <inferred>accept</inferred>}. */
        ACCEPTED_BY_OVERRIDE(true),
        /** In {@code metalorm.lock} from an earlier run: kept so that regenerating changes nothing. */
        KEPT_BY_LOCK(true),
        /** A pom {@code <relation>} with {@code <references>}. */
        ADDED_BY_POM(true),
        BELOW_CONFIDENCE(false),
        TYPE_MISMATCH(false),
        /** A value with no row in the target ({@code metalorm.verifyRelations=sample}). */
        ORPHANS(false),
        /** A pom {@code <relation>} with {@code <inferred>reject</inferred>}. */
        VETOED(false),
        /** Another relation on the same columns wins: the lock's or the pom's. */
        SUPERSEDED(false);

        private final boolean accepted;

        Verdict(boolean accepted) {
            this.accepted = accepted;
        }

        public boolean accepted() {
            return accepted;
        }
    }

    public Suggestion {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(Objects.requireNonNull(targetColumns, "targetColumns"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(why, "why");
        if (columns.isEmpty() || columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("Suggestion " + table + columns + " pairs its columns with " + targetColumns);
        }
    }

    public boolean accepted() {
        return verdict.accepted();
    }

    /** {@code wp_posts(post_author) -> wp_users(ID)}. */
    public String describe() {
        return table + "(" + String.join(", ", columns) + ") -> " + targetTable + "(" + String.join(", ", targetColumns) + ")";
    }

    /** {@code accepted}, {@code rejected: below 0.70}: one word, then why when rejected or when an override or the lock decided. */
    public String outcome() {
        return (accepted() ? "accepted" : "rejected") + (why.isEmpty() ? "" : ": " + why);
    }

    /** One line: {@code wp_posts(post_author) -> wp_users(ID) 0.70 accepted}. */
    public String line() {
        return describe() + " " + SuggestionOptions.format(confidence) + " " + outcome();
    }
}
