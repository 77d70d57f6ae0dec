package dev.metalorm.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a projection or a grouped query selects: a column ({@code column("author.name")} through
 * belongsTo paths), an aggregate ({@code count()}, {@code sum("views")}), or the per-row number of
 * related rows ({@code countOf("posts")}). Rows come back keyed by {@link #label()} (set with
 * {@link #as}). Immutable.
 */
public sealed interface Selection permits Selection.Column, Selection.Aggregate, Selection.RelationCount {

    /** The key of this value in a row map: the column path, {@code count}, {@code sum(views)}, {@code posts_count}, or what {@link #as} set. */
    String label();

    /** The same selection under another label. */
    Selection as(String label);

    /** A column of the query's table, or of a table reached through belongsTo relations ({@code "author.name"}). */
    static Column column(String path) {
        return new Column(path, path);
    }

    /** {@code COUNT(*)}: a Long. */
    static Aggregate count() {
        return new Aggregate(Function.COUNT, null, false, "count");
    }

    /** {@code COUNT(DISTINCT column)}: a Long. */
    static Aggregate countDistinct(String column) {
        return new Aggregate(Function.COUNT, column, true, "count_distinct(" + column + ")");
    }

    /** {@code SUM(column)}: a Long for integer columns, BigDecimal for decimals, Double for floating point; null over no rows. */
    static Aggregate sum(String column) {
        return new Aggregate(Function.SUM, column, false, "sum(" + column + ")");
    }

    /** {@code AVG(column)}: a BigDecimal for decimals, else a Double; null over no rows. */
    static Aggregate avg(String column) {
        return new Aggregate(Function.AVG, column, false, "avg(" + column + ")");
    }

    /** {@code MIN(column)}, as the column's Java type; null over no rows. */
    static Aggregate min(String column) {
        return new Aggregate(Function.MIN, column, false, "min(" + column + ")");
    }

    /** {@code MAX(column)}, as the column's Java type; null over no rows. */
    static Aggregate max(String column) {
        return new Aggregate(Function.MAX, column, false, "max(" + column + ")");
    }

    /** The number of related rows of each row through a relation of the query's table: a Long. */
    static RelationCount countOf(String relation) {
        return new RelationCount(relation, List.of(), relation + "_count");
    }

    /** The number of related rows matching the filter. */
    static RelationCount countOf(String relation, Consumer<Filter> filter) {
        Filter f = new Filter();
        Objects.requireNonNull(filter, "filter").accept(f);
        return new RelationCount(relation, f.conditions(), relation + "_count");
    }

    /** The aggregate functions. */
    enum Function { COUNT, SUM, AVG, MIN, MAX }

    record Column(String path, String label) implements Selection {
        public Column {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public Column as(String newLabel) {
            return new Column(path, newLabel);
        }
    }

    /** An aggregate; also the left side of a {@code having} comparison: {@code count().gt(1)}. */
    record Aggregate(Function function, String column, boolean distinct, String label) implements Selection {
        public Aggregate {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(label, "label");
            if (column == null && function != Function.COUNT) {
                throw new IllegalArgumentException(function + " needs a column");
            }
        }

        @Override
        public Aggregate as(String newLabel) {
            return new Aggregate(function, column, distinct, newLabel);
        }

        public Condition eq(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.EQ, value);
        }

        public Condition ne(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.NE, value);
        }

        public Condition lt(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.LT, value);
        }

        public Condition le(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.LE, value);
        }

        public Condition gt(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.GT, value);
        }

        public Condition ge(Object value) {
            return new Condition.AggregateComparison(this, Condition.Operator.GE, value);
        }
    }

    record RelationCount(String relation, List<Condition> conditions, String label) implements Selection {
        public RelationCount {
            Objects.requireNonNull(relation, "relation");
            conditions = List.copyOf(conditions);
            Objects.requireNonNull(label, "label");
        }

        @Override
        public RelationCount as(String newLabel) {
            return new RelationCount(relation, conditions, newLabel);
        }
    }
}
