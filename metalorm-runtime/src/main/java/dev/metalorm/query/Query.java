package dev.metalorm.query;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SqlPredicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A typed query on one table, run in the session that made it. Rows come back through the
 * session's identity map: a row already in the session is returned as the same instance.
 *
 * <pre>{@code
 * List<User> users = session.from(User.class)
 *         .where(Where.like("email", "%@example.com"))
 *         .where(Where.gt("id", 10))
 *         .orderBy("email").limit(20).offset(40)
 *         .list();
 * }</pre>
 *
 * A query is a mutable builder; like its session, it is used by one thread.
 *
 * @param <T> the entity class, or {@code Row}
 */
public final class Query<T> {
    private final QueryRunner runner;
    private final TableModel table;
    private final Class<T> type;
    private final List<SqlPredicate> conditions = new ArrayList<>();
    private final List<OrderTerm> order = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private Integer limit;
    private Integer offset;

    public Query(QueryRunner runner, TableModel table, Class<T> type) {
        this.runner = runner;
        this.table = table;
        this.type = type;
    }

    /** Adds a condition; several are AND-ed. */
    public Query<T> where(Condition condition) {
        conditions.add(resolve(condition));
        return this;
    }

    public Query<T> orderBy(String column) {
        order.add(new OrderTerm(table.column(column), false));
        return this;
    }

    public Query<T> orderByDesc(String column) {
        order.add(new OrderTerm(table.column(column), true));
        return this;
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
     * Loads relations of the results eagerly, one query per relation level per batch:
     * {@code include("posts", "roles", "posts.comments")}.
     */
    public Query<T> include(String... relationPaths) {
        includes.addAll(Arrays.asList(relationPaths));
        return this;
    }

    public List<T> list() {
        List<Object> rows = runner.list(spec(limit));
        List<T> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(type.cast(row));
        }
        return out;
    }

    /** The first row in the query's order, if any. */
    public Optional<T> first() {
        List<Object> rows = runner.list(spec(1));
        return rows.isEmpty() ? Optional.empty() : Optional.of(type.cast(rows.get(0)));
    }

    /** The number of rows matching the conditions (order and paging ignored). */
    public long count() {
        return runner.count(new QuerySpec(table, predicate(), List.of(), null, null, List.of()));
    }

    private QuerySpec spec(Integer rows) {
        return new QuerySpec(table, predicate(), order, rows, offset, includes);
    }

    private SqlPredicate predicate() {
        return conditions.size() == 1 ? conditions.get(0) : new SqlPredicate.Junction(true, conditions);
    }

    private SqlPredicate resolve(Condition c) {
        if (c instanceof Condition.Comparison cmp) {
            ColumnModel col = table.column(cmp.column());
            Object value = cmp.operator() == Condition.Operator.LIKE ? cmp.value() : Values.coerce(table, col, cmp.value());
            return new SqlPredicate.Compare(col, cmp.operator().sql(), value);
        } else if (c instanceof Condition.InValues in) {
            ColumnModel col = table.column(in.column());
            List<List<Object>> tuples = new ArrayList<>();
            for (Object v : in.values()) {
                tuples.add(java.util.Collections.singletonList(Values.coerce(table, col, v)));
            }
            return new SqlPredicate.In(List.of(col), tuples);
        } else if (c instanceof Condition.Null n) {
            return new SqlPredicate.IsNull(table.column(n.column()), n.negated());
        } else if (c instanceof Condition.All all) {
            return new SqlPredicate.Junction(true, all.parts().stream().map(this::resolve).toList());
        } else if (c instanceof Condition.Any any) {
            return new SqlPredicate.Junction(false, any.parts().stream().map(this::resolve).toList());
        } else if (c instanceof Condition.Not not) {
            return new SqlPredicate.Not(resolve(not.inner()));
        }
        throw new IllegalStateException(String.valueOf(c));
    }
}
