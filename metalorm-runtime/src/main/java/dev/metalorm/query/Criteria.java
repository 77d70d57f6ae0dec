package dev.metalorm.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Conditions on the rows of a related table, given in {@code whereHas}, {@code withCount} and
 * {@code include} filters: {@code w -> w.eq("published", true).like("title", "J%")}. Columns are
 * named by column or property name of that table; several conditions are AND-ed.
 *
 * @param <S> the concrete filter, returned by every method for chaining
 */
public abstract sealed class Criteria<S extends Criteria<S>> permits Filter, IncludeFilter {
    private final List<Condition> conditions = new ArrayList<>();

    Criteria() {
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Adds any condition made with {@link Where}. */
    public S where(Condition condition) {
        conditions.add(java.util.Objects.requireNonNull(condition, "condition"));
        return self();
    }

    public S eq(String column, Object value) {
        return where(Where.eq(column, value));
    }

    public S ne(String column, Object value) {
        return where(Where.ne(column, value));
    }

    public S lt(String column, Object value) {
        return where(Where.lt(column, value));
    }

    public S le(String column, Object value) {
        return where(Where.le(column, value));
    }

    public S gt(String column, Object value) {
        return where(Where.gt(column, value));
    }

    public S ge(String column, Object value) {
        return where(Where.ge(column, value));
    }

    public S like(String column, String pattern) {
        return where(Where.like(column, pattern));
    }

    public S in(String column, Collection<?> values) {
        return where(Where.in(column, values));
    }

    public S isNull(String column) {
        return where(Where.isNull(column));
    }

    public S isNotNull(String column) {
        return where(Where.isNotNull(column));
    }

    /** The related row itself has a related row (through {@code relationPath}) matching the filter. */
    public S whereHas(String relationPath, Consumer<Filter> filter) {
        return where(Where.has(relationPath, filter));
    }

    public S whereHas(String relationPath) {
        return where(Where.has(relationPath));
    }

    public S whereHasNot(String relationPath, Consumer<Filter> filter) {
        return where(Where.hasNot(relationPath, filter));
    }

    public S whereHasNot(String relationPath) {
        return where(Where.hasNot(relationPath));
    }

    List<Condition> conditions() {
        return List.copyOf(conditions);
    }
}
