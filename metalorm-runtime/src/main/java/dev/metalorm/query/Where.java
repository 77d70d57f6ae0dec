package dev.metalorm.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds conditions: {@code where(and(eq("email", e), gt("id", 10)))}. Columns are named by
 * column name or Java property name; values are always bound parameters. {@code eq(c, null)} means
 * {@code IS NULL}, {@code ne(c, null)} {@code IS NOT NULL}.
 */
public final class Where {
    private Where() {
    }

    public static Condition eq(String column, Object value) {
        return value == null ? isNull(column) : new Condition.Comparison(column, Condition.Operator.EQ, value);
    }

    public static Condition ne(String column, Object value) {
        return value == null ? isNotNull(column) : new Condition.Comparison(column, Condition.Operator.NE, value);
    }

    public static Condition lt(String column, Object value) {
        return new Condition.Comparison(column, Condition.Operator.LT, value);
    }

    public static Condition le(String column, Object value) {
        return new Condition.Comparison(column, Condition.Operator.LE, value);
    }

    public static Condition gt(String column, Object value) {
        return new Condition.Comparison(column, Condition.Operator.GT, value);
    }

    public static Condition ge(String column, Object value) {
        return new Condition.Comparison(column, Condition.Operator.GE, value);
    }

    /** SQL LIKE with the pattern as given ({@code %} and {@code _} are wildcards). */
    public static Condition like(String column, String pattern) {
        return new Condition.Comparison(column, Condition.Operator.LIKE, pattern);
    }

    /** {@code column IN (…)}; an empty collection matches no row. */
    public static Condition in(String column, Collection<?> values) {
        return new Condition.InValues(column, new ArrayList<>(values));
    }

    public static Condition in(String column, Object... values) {
        return in(column, Arrays.asList(values));
    }

    public static Condition isNull(String column) {
        return new Condition.Null(column, false);
    }

    public static Condition isNotNull(String column) {
        return new Condition.Null(column, true);
    }

    /**
     * There is a related row through the relation path ({@code "posts"}, nested {@code "posts.comments"};
     * any relation kind, belongsToMany through its pivot), rendered as a correlated {@code EXISTS}.
     */
    public static Condition has(String relationPath) {
        return new Condition.Related(relationPath, List.of(), false);
    }

    /** There is a related row matching the filter: {@code has("posts", w -> w.eq("published", true))}. */
    public static Condition has(String relationPath, Consumer<Filter> filter) {
        return new Condition.Related(relationPath, apply(filter), false);
    }

    /** There is no related row through the relation path ({@code NOT EXISTS}). */
    public static Condition hasNot(String relationPath) {
        return new Condition.Related(relationPath, List.of(), true);
    }

    /** There is no related row matching the filter. */
    public static Condition hasNot(String relationPath, Consumer<Filter> filter) {
        return new Condition.Related(relationPath, apply(filter), true);
    }

    private static List<Condition> apply(Consumer<Filter> filter) {
        Filter f = new Filter();
        java.util.Objects.requireNonNull(filter, "filter").accept(f);
        return f.conditions();
    }

    public static Condition and(Condition... parts) {
        return new Condition.All(List.of(parts));
    }

    public static Condition or(Condition... parts) {
        return new Condition.Any(List.of(parts));
    }

    public static Condition not(Condition inner) {
        return new Condition.Not(inner);
    }
}
