package dev.metalorm.query;

import java.util.List;
import java.util.Objects;

/**
 * A WHERE condition on columns named by their column name or Java property name, or on related
 * rows ({@link Where#has}). Made by {@link Where}; combine with {@link #and} and {@link #or}.
 * Immutable; resolved against the query's table when given to it, so a bad name fails there.
 */
public sealed interface Condition permits Condition.Comparison, Condition.InValues, Condition.Null, Condition.All, Condition.Any,
        Condition.Not, Condition.Related, Condition.AggregateComparison {

    default Condition and(Condition other) {
        return new All(List.of(this, other));
    }

    default Condition or(Condition other) {
        return new Any(List.of(this, other));
    }

    /** The operators of {@link Comparison}. */
    enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    record Comparison(String column, Operator operator, Object value) implements Condition {
        public Comparison {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value (use Where.isNull for NULL)");
        }
    }

    record InValues(String column, List<Object> values) implements Condition {
        public InValues {
            Objects.requireNonNull(column, "column");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    record Null(String column, boolean negated) implements Condition {
        public Null {
            Objects.requireNonNull(column, "column");
        }
    }

    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Not(Condition inner) implements Condition {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /**
     * A related row exists (or, negated, none does) through the relation path, matching the
     * conditions on the path's last table.
     */
    record Related(String path, List<Condition> conditions, boolean negated) implements Condition {
        public Related {
            Objects.requireNonNull(path, "path");
            conditions = List.copyOf(conditions);
        }
    }

    /** An aggregate compared with a value, for {@code having}: {@code Selection.count().gt(2)}. */
    record AggregateComparison(Selection.Aggregate aggregate, Operator operator, Object value) implements Condition {
        public AggregateComparison {
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (operator == Operator.LIKE) {
                throw new IllegalArgumentException("An aggregate is compared with = <> < <= > >=, not LIKE");
            }
        }
    }
}
