package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import java.util.List;
import java.util.Objects;

/** What a SELECT list, GROUP BY or ORDER BY names: a column, an aggregate, or a per-row count of related rows. */
public sealed interface SqlExpr permits SqlExpr.Column, SqlExpr.Aggregate, SqlExpr.RelationCount {

    /**
     * A column of the statement's table, or of a table reached through single-valued relations
     * ({@code author.name}), joined with LEFT JOIN.
     *
     * @param path the belongsTo hops from the statement's table; empty for its own columns
     */
    record Column(List<RelationHop> path, ColumnModel column) implements SqlExpr {
        public Column {
            path = List.copyOf(path);
            Objects.requireNonNull(column, "column");
        }

        public static Column of(ColumnModel column) {
            return new Column(List.of(), column);
        }
    }

    /**
     * {@code COUNT(*)}, {@code COUNT(DISTINCT c)}, {@code SUM(c)}, {@code AVG(c)}, {@code MIN(c)}, {@code MAX(c)}.
     *
     * @param argument the column, or null for {@code COUNT(*)}
     */
    record Aggregate(String function, Column argument, boolean distinct) implements SqlExpr {
        public Aggregate {
            if (!List.of("COUNT", "SUM", "AVG", "MIN", "MAX").contains(function)) {
                throw new IllegalArgumentException("Unknown aggregate " + function);
            }
            if (argument == null && !function.equals("COUNT")) {
                throw new IllegalArgumentException(function + " needs a column");
            }
        }
    }

    /** The number of related rows of each row: a correlated {@code (SELECT COUNT(*) …)}; {@code filter} may be null. */
    record RelationCount(RelationHop hop, SqlPredicate filter) implements SqlExpr {
        public RelationCount {
            Objects.requireNonNull(hop, "hop");
        }
    }
}
