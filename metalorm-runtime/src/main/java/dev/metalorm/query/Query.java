package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.RelationHop;
import dev.metalorm.sql.SqlExpr;
import dev.metalorm.sql.SqlPredicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A typed query on one table, run in the session that made it. Rows come back through the
 * session's identity map: a row already in the session is returned as the same instance.
 *
 * <pre>{@code
 * List<User> users = session.from(User.class)
 *         .where(Where.like("email", "%@example.com"))
 *         .whereHas("posts", w -> w.eq("published", true))
 *         .orderBy("email").limit(20).offset(40)
 *         .include("posts", w -> w.eq("published", true).orderBy("created_at", DESC).limit(5))
 *         .list();
 * }</pre>
 *
 * Every name (column, property, relation path) is resolved against the model when it is given,
 * so a bad one fails at that call, listing the valid names; values are always bound. A query is a
 * mutable builder; like its session, it is used by one thread.
 *
 * @param <T> the entity class, or {@code Row}
 */
public final class Query<T> {
    /** Rows fetched per round trip by {@link #stream()} where the driver streams (PostgreSQL, H2). */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    private final QueryRunner runner;
    private final TableModel table;
    private final Class<T> type;
    private final Resolver resolver;
    private final List<SqlPredicate> conditions = new ArrayList<>();
    private final List<OrderTerm> order = new ArrayList<>();
    private final List<IncludeSpec> includes = new ArrayList<>();
    private final List<SqlExpr> groupBy = new ArrayList<>();
    private final List<SqlPredicate> having = new ArrayList<>();
    private Integer limit;
    private Integer offset;
    private List<Object> afterValues;
    private Object afterRow;
    private int fetchSize = DEFAULT_FETCH_SIZE;

    public Query(QueryRunner runner, TableModel table, Class<T> type) {
        this.runner = runner;
        this.table = table;
        this.type = type;
        this.resolver = new Resolver(runner.model());
    }

    /** Adds a condition; several are AND-ed. */
    public Query<T> where(Condition condition) {
        conditions.add(resolver.where(table, condition));
        return this;
    }

    /**
     * Only rows with a related row through the relation path ({@code "posts"}, {@code "posts.comments"},
     * any relation kind) matching the filter on the path's last table: a correlated EXISTS.
     */
    public Query<T> whereHas(String relationPath, Consumer<Filter> filter) {
        return where(Where.has(relationPath, filter));
    }

    /** Only rows with at least one related row through the relation path. */
    public Query<T> whereHas(String relationPath) {
        return where(Where.has(relationPath));
    }

    /** Only rows without a related row matching the filter: NOT EXISTS. */
    public Query<T> whereHasNot(String relationPath, Consumer<Filter> filter) {
        return where(Where.hasNot(relationPath, filter));
    }

    /** Only rows without any related row through the relation path. */
    public Query<T> whereHasNot(String relationPath) {
        return where(Where.hasNot(relationPath));
    }

    /**
     * Orders by a column of the table or of a table reached through belongsTo relations
     * ({@code "author.name"}, a LEFT JOIN; rows without an author have NULL there).
     */
    public Query<T> orderBy(String column, Direction direction) {
        order.add(new OrderTerm(resolver.columnPath(table, column, "orderBy"), direction == Direction.DESC));
        return this;
    }

    public Query<T> orderBy(String column) {
        return orderBy(column, Direction.ASC);
    }

    public Query<T> orderByDesc(String column) {
        return orderBy(column, Direction.DESC);
    }

    public Query<T> limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + rows);
        }
        this.limit = rows;
        return this;
    }

    public Query<T> offset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + rows);
        }
        this.offset = rows;
        return this;
    }

    /**
     * Keyset paging: only rows after these values in the query's order (one value per order
     * column; the primary key is added to the order when missing, and takes a value too). For
     * large tables, instead of {@code offset}: {@code orderBy("created_at").after(lastCreatedAt, lastId).limit(50)}.
     * Order columns must be non-null columns of this table.
     */
    public Query<T> after(Object... lastValues) {
        this.afterValues = Arrays.asList(lastValues.clone());
        this.afterRow = null;
        return this;
    }

    /** Keyset paging after this row (the last of the previous page): its order columns' values. */
    public Query<T> after(T lastRow) {
        if (lastRow == null || !table.accessor().handles(lastRow)) {
            throw new MetalOrmException("after(lastRow) on " + table.name() + " takes a row of " + table.name() + "; got "
                    + (lastRow == null ? "null" : lastRow.getClass().getName()) + ". To pass order values, use after(v1, v2, ...).");
        }
        this.afterRow = lastRow;
        this.afterValues = null;
        return this;
    }

    /** Rows fetched per round trip by {@link #stream()} and {@link #forEach} where the driver streams by fetch size. */
    public Query<T> fetchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("fetchSize must be at least 1: " + rows);
        }
        this.fetchSize = rows;
        return this;
    }

    /**
     * Loads relations of the results eagerly, one query per relation level per batch:
     * {@code include("posts", "roles", "posts.comments")}.
     */
    public Query<T> include(String... relationPaths) {
        for (String path : relationPaths) {
            resolver.relationPath(table, path, "include");
            add(IncludeSpec.all(path));
        }
        return this;
    }

    /**
     * Loads only the related rows the filter selects, in its order, at most {@code limit} per owner
     * (by {@code ROW_NUMBER() OVER (PARTITION BY …)}), into a collection marked
     * {@code isFiltered()}; for the path's last relation, a hasMany or belongsToMany. A later plain
     * {@code include} or {@code load()} of the relation loads all of it again.
     */
    public Query<T> include(String relationPath, Consumer<IncludeFilter> filter) {
        List<RelationHop> hops = resolver.relationPath(table, relationPath, "include");
        RelationHop last = hops.get(hops.size() - 1);
        RelationModel r = last.relation();
        if (r instanceof RelationModel.BelongsTo || r instanceof RelationModel.HasOne) {
            throw new MetalOrmException("include(\"" + relationPath + "\", filter): " + last.owner().name() + "." + r.name() + " is a "
                    + Resolver.kind(r).function() + " (one row or none); filters apply to collections (hasMany, belongsToMany). "
                    + "Include it without a filter, or filter the query with whereHas(\"" + relationPath + "\", ...).");
        }
        IncludeFilter f = new IncludeFilter();
        java.util.Objects.requireNonNull(filter, "filter").accept(f);
        TableModel target = last.target();
        SqlPredicate where = SqlPredicate.allOf(resolver.where(target, f.conditions()));
        List<OrderTerm> terms = new ArrayList<>();
        for (int i = 0; i < f.orderColumns().size(); i++) {
            String name = f.orderColumns().get(i);
            ColumnModel c = target.findColumn(name).orElseThrow(() -> new MetalOrmException("include(\"" + relationPath
                    + "\", filter): orderBy(\"" + name + "\"): table " + target.name() + " (" + target.source()
                    + ") has no column or property \"" + name + "\"; its columns are " + target.columnNames() + "."));
            terms.add(new OrderTerm(c, f.directions().get(i) == Direction.DESC));
        }
        add(new IncludeSpec(relationPath, where, terms, f.limitPerOwner(), where != null || f.limitPerOwner() != null));
        return this;
    }

    private void add(IncludeSpec spec) {
        for (IncludeSpec known : includes) {
            if (known.path().equals(spec.path())) {
                if (known.plain() && spec.plain()) {
                    return;
                }
                throw new MetalOrmException("include(\"" + spec.path() + "\") is given twice, at least once with a filter; include "
                        + "each relation path once.");
            }
        }
        includes.add(spec);
    }

    /** Groups rows by columns (of this table or through belongsTo paths); select the groups with {@link #select(Selection...)}. */
    public Query<T> groupBy(String... columns) {
        for (String c : columns) {
            groupBy.add(resolver.columnPath(table, c, "groupBy"));
        }
        return this;
    }

    /** A condition on groups: {@code having(Selection.count().gt(1))}; several are AND-ed. */
    public Query<T> having(Condition condition) {
        if (groupBy.isEmpty()) {
            throw new MetalOrmException("having(...) on " + table.name() + " filters groups; call groupBy(...) first.");
        }
        having.add(resolver.having(table, condition));
        return this;
    }

    // ---- entities

    public List<T> list() {
        return entities().list();
    }

    /** The first row in the query's order, if any. */
    public Optional<T> first() {
        return entities().first();
    }

    /** Page {@code page} (from 1) of {@code size} rows and the total, in two statements; ordered, then by primary key. */
    public Page<T> page(int page, int size) {
        return entities().page(page, size);
    }

    /**
     * The rows one by one, streamed from the database with the fetch size (MySQL/MariaDB: row by
     * row, and no other statement may run in the session until the stream is closed). The
     * instances are <em>detached</em>: new objects, not in the identity map, so memory stays flat
     * whatever the row count; their changes are not flushed and their relation fields are null.
     * Close the stream: {@code try (Stream<User> s = query.stream()) { … }}.
     */
    public Stream<T> stream() {
        return entities().stream();
    }

    /** {@link #stream()} consumed and closed. */
    public void forEach(Consumer<? super T> action) {
        entities().forEach(action);
    }

    /** The number of rows matching the conditions (order and paging ignored); of groups for a grouped query. */
    public long count() {
        return new Execution<>(runner, plan(), Shapes.entities(table, type, List.of())).count();
    }

    private Execution<T> entities() {
        if (!groupBy.isEmpty()) {
            throw new MetalOrmException("A query of " + table.name() + " grouped by " + labels(groupBy) + " gives groups, not "
                    + "rows: select(...) the grouped columns and aggregates.");
        }
        return new Execution<>(runner, plan(), Shapes.entities(table, type, includes));
    }

    // ---- projections and aggregates

    /** Each row as a record (or a class, by constructor) taking the columns in order; checked now, not tracked. */
    public <R> Projection<R> select(Class<R> into, String... columns) {
        return select(into, columns(columns));
    }

    /** Each row (or group) as a record or class taking the selections in order: columns, aggregates, counts. */
    public <R> Projection<R> select(Class<R> into, Selection... selections) {
        List<Resolver.Resolved> resolved = resolve(selections);
        return new Projection<>(new Execution<>(runner, plan(), Shapes.constructed(table, into, resolved)));
    }

    /** Each row as a map from column path to value, in the order given; not tracked. */
    public Projection<java.util.Map<String, Object>> select(String... columns) {
        return select(columns(columns));
    }

    /** Each row (or group) as a map from each selection's label to its value. */
    public Projection<java.util.Map<String, Object>> select(Selection... selections) {
        return new Projection<>(new Execution<>(runner, plan(), Shapes.maps(resolve(selections))));
    }

    /**
     * Each entity with the number of its related rows through each relation, counted in the same
     * statement (a correlated subquery per relation): {@code counted.count("posts")}.
     */
    public Projection<Counted<T>> withCount(String... relations) {
        List<Resolver.Resolved> counts = new ArrayList<>();
        for (String r : relations) {
            counts.add(resolver.selection(table, Selection.countOf(r).as(r)));
        }
        return counted(counts);
    }

    /** Each entity with the number of its related rows matching the filter, under the relation's name. */
    public Projection<Counted<T>> withCount(String relation, Consumer<Filter> filter) {
        return counted(List.of(resolver.selection(table, Selection.countOf(relation, filter).as(relation))));
    }

    private Projection<Counted<T>> counted(List<Resolver.Resolved> counts) {
        Set<String> seen = new LinkedHashSet<>();
        for (Resolver.Resolved r : counts) {
            if (!seen.add(r.label())) {
                throw new MetalOrmException("withCount on " + table.name() + " names \"" + r.label() + "\" twice.");
            }
        }
        if (!groupBy.isEmpty()) {
            throw new MetalOrmException("withCount on " + table.name() + " counts per row; a grouped query has groups. Select "
                    + "Selection.count() per group instead.");
        }
        return new Projection<>(new Execution<>(runner, plan(), Shapes.counted(table, type, counts, includes)));
    }

    /** An aggregate over the matching rows (null over no rows gives empty), as {@code type}: {@code aggregate(sum("views"), Long.class)}. */
    public <V> Optional<V> aggregate(Selection.Aggregate aggregate, Class<V> as) {
        if (!groupBy.isEmpty()) {
            throw new MetalOrmException("A query of " + table.name() + " grouped by " + labels(groupBy) + " has one " + aggregate.label()
                    + " per group: select(...) it with the grouped columns.");
        }
        Resolver.Resolved r = resolver.selection(table, aggregate);
        Class<?> boxed = dev.metalorm.metadata.ColumnType.boxed(as);
        if (!boxed.isAssignableFrom(r.javaType()) && !(Numbers.isNumber(r.javaType()) && Numbers.isNumber(boxed))) {
            throw new MetalOrmException(aggregate.label() + " on " + table.name() + " is a " + r.javaType().getSimpleName()
                    + ", not a " + as.getSimpleName() + ".");
        }
        List<Object> values = new Execution<>(runner, plan(), Shapes.maps(List.of(r))).list().stream()
                .map(m -> m.get(r.label())).toList();
        Object v = values.isEmpty() ? null : values.get(0);
        if (v == null) {
            return Optional.empty();
        }
        Object out = boxed.isInstance(v) ? v : Numbers.convert((Number) v, boxed, () -> aggregate.label() + " on " + table.name());
        @SuppressWarnings("unchecked")
        V typed = (V) out;
        return Optional.of(typed);
    }

    public <V> Optional<V> sum(String column, Class<V> as) {
        return aggregate(Selection.sum(column), as);
    }

    public <V> Optional<V> avg(String column, Class<V> as) {
        return aggregate(Selection.avg(column), as);
    }

    public <V> Optional<V> min(String column, Class<V> as) {
        return aggregate(Selection.min(column), as);
    }

    public <V> Optional<V> max(String column, Class<V> as) {
        return aggregate(Selection.max(column), as);
    }

    private static Selection[] columns(String... columns) {
        if (columns.length == 0) {
            throw new MetalOrmException("select(...) needs at least one column.");
        }
        return Arrays.stream(columns).map(Selection::column).toArray(Selection[]::new);
    }

    private List<Resolver.Resolved> resolve(Selection... selections) {
        if (selections.length == 0) {
            throw new MetalOrmException("select(...) on " + table.name() + " needs at least one column or aggregate.");
        }
        List<Resolver.Resolved> out = new ArrayList<>();
        boolean aggregates = false;
        for (Selection s : selections) {
            Resolver.Resolved r = resolver.selection(table, s);
            aggregates |= r.aggregate();
            out.add(r);
        }
        for (Resolver.Resolved r : out) {
            if (r.aggregate()) {
                continue;
            }
            if (!groupBy.isEmpty() ? !groupBy.contains(r.expr()) : aggregates) {
                throw new MetalOrmException("select(...) on " + table.name() + ": " + r.label() + " is neither an aggregate nor "
                        + (groupBy.isEmpty() ? "grouped; beside aggregates, group by it: groupBy(\"" + r.label() + "\")."
                        : "one of the grouped columns " + labels(groupBy) + "."));
            }
        }
        return out;
    }

    private static List<String> labels(List<SqlExpr> exprs) {
        List<String> out = new ArrayList<>();
        for (SqlExpr e : exprs) {
            SqlExpr.Column c = (SqlExpr.Column) e;
            StringBuilder b = new StringBuilder();
            for (RelationHop h : c.path()) {
                b.append(h.name()).append('.');
            }
            out.add(b.append(c.column().name()).toString());
        }
        return out;
    }

    private QueryPlan plan() {
        SqlPredicate where = SqlPredicate.allOf(conditions);
        SqlPredicate groupCondition = SqlPredicate.allOf(having);
        QueryPlan plan = new QueryPlan(table, where, order, groupBy, groupCondition, limit, offset, afterValues, includes, fetchSize);
        if (afterRow != null) {
            List<Object> values = Execution.orderValues(runner, plan, Execution.stableOrder(plan), afterRow);
            plan = new QueryPlan(table, where, order, groupBy, groupCondition, limit, offset, values, includes, fetchSize);
        }
        return plan;
    }
}
