package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A WHERE (or HAVING) condition on resolved columns of one table, the statement's or, inside
 * {@link Exists}, the related table's; values are always bound.
 */
public sealed interface SqlPredicate permits SqlPredicate.Compare, SqlPredicate.In, SqlPredicate.IsNull, SqlPredicate.Junction,
        SqlPredicate.Not, SqlPredicate.Exists, SqlPredicate.AggregateCompare {

    List<String> OPERATORS = List.of("=", "<>", "<", "<=", ">", ">=", "LIKE");

    /** {@code column <operator> ?}; operator is one of {@code = <> < <= > >= LIKE}. */
    record Compare(ColumnModel column, String operator, Object value) implements SqlPredicate {
        public Compare {
            Objects.requireNonNull(column, "column");
            if (!OPERATORS.contains(operator)) {
                throw new IllegalArgumentException("Unknown operator " + operator);
            }
        }
    }

    /**
     * {@code column IN (?, ?)} (or {@code = ANY(?)} with one array where the dialect prefers it) or,
     * for several columns, {@code (a, b) IN ((?, ?), (?, ?))}; no tuples match nothing.
     */
    record In(List<ColumnModel> columns, List<List<Object>> tuples) implements SqlPredicate {
        public In {
            columns = List.copyOf(columns);
            List<List<Object>> copy = new ArrayList<>(tuples.size());
            for (List<Object> t : tuples) {
                copy.add(Collections.unmodifiableList(t));
            }
            tuples = Collections.unmodifiableList(copy);
        }
    }

    record IsNull(ColumnModel column, boolean negated) implements SqlPredicate {
    }

    /** AND or OR of parts; an empty AND matches everything, an empty OR nothing. */
    record Junction(boolean and, List<SqlPredicate> parts) implements SqlPredicate {
        public Junction {
            parts = List.copyOf(parts);
        }
    }

    record Not(SqlPredicate inner) implements SqlPredicate {
    }

    /**
     * There is a related row (through {@code hop}) matching {@code inner}, a condition on the
     * related table (null: any row): a correlated {@code EXISTS (SELECT 1 …)}.
     */
    record Exists(RelationHop hop, SqlPredicate inner) implements SqlPredicate {
        public Exists {
            Objects.requireNonNull(hop, "hop");
        }
    }

    /** {@code SUM(c) > ?} and the like, for HAVING; {@code type} binds the value. */
    record AggregateCompare(SqlExpr.Aggregate aggregate, String operator, Object value, ColumnType type) implements SqlPredicate {
        public AggregateCompare {
            Objects.requireNonNull(aggregate, "aggregate");
            if (!OPERATORS.contains(operator) || operator.equals("LIKE")) {
                throw new IllegalArgumentException("Unknown operator " + operator);
            }
            Objects.requireNonNull(type, "type");
        }
    }

    /** AND of the parts that are not null; null when none is left. */
    static SqlPredicate and(SqlPredicate... parts) {
        List<SqlPredicate> out = new ArrayList<>();
        for (SqlPredicate p : parts) {
            if (p != null && !(p instanceof Junction j && j.and() && j.parts().isEmpty())) {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : out.size() == 1 ? out.get(0) : new Junction(true, out);
    }

    /** AND of the parts that are not null; null when none is left. */
    static SqlPredicate allOf(List<SqlPredicate> parts) {
        return and(parts.toArray(new SqlPredicate[0]));
    }
}
