package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SelectSpec;
import dev.metalorm.sql.SqlExpr;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Runs a plan in one shape: list, first, page, count, stream. Shared by {@link Query} and {@link Projection}. */
final class Execution<R> {
    private final QueryRunner runner;
    private final QueryPlan plan;
    private final Shape<R> shape;

    Execution(QueryRunner runner, QueryPlan plan, Shape<R> shape) {
        this.runner = runner;
        this.plan = plan;
        this.shape = shape;
    }

    List<R> list() {
        return list(plan.limit(), plan.offset(), stable(plan.limit()));
    }

    Optional<R> first() {
        List<R> rows = list(1, plan.offset(), true);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count() {
        return runner.count(runner.statements().count(spec(null, null, false)));
    }

    Page<R> page(int page, int size) {
        if (page < 1 || size < 1) {
            throw new MetalOrmException("page(" + page + ", " + size + ") on " + plan.table().name() + ": pages are numbered from 1 "
                    + "and hold at least 1 row.");
        }
        if (plan.limit() != null || plan.offset() != null || plan.after() != null) {
            throw new MetalOrmException("page(" + page + ", " + size + ") on " + plan.table().name() + " sets the limit and offset "
                    + "itself; drop limit(), offset() and after() from the query.");
        }
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new MetalOrmException("page(" + page + ", " + size + ") on " + plan.table().name() + " starts past row "
                    + Integer.MAX_VALUE + "; page by key with after(...) instead.");
        }
        long total = count();
        List<R> items = offset >= total ? List.of() : list(size, (int) offset, true);
        return new Page<>(items, page, size, total);
    }

    /** The rows one by one, through a cursor that streams where the driver can; close the stream. */
    Stream<R> stream() {
        String why = shape.notStreamable();
        if (why != null) {
            throw new MetalOrmException(why);
        }
        SqlStatement select = runner.statements().select(spec(plan.limit(), plan.offset(), stable(plan.limit())));
        QueryRunner.Cursor cursor = runner.cursor(select, shape.readers(), plan.fetchSize());
        Iterator<R> it = new Iterator<>() {
            private R next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    Object[] row = cursor.next();
                    if (row == null) {
                        done = true;
                        cursor.close();
                    } else {
                        next = runner.guard(() -> shape.map(runner, row, true));
                    }
                }
                return next != null;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(cursor::close);
    }

    void forEach(Consumer<? super R> action) {
        try (Stream<R> s = stream()) {
            s.forEach(action);
        }
    }

    /**
     * Whether the order ends in the primary key: for any ordered, limited, offset or keyset query,
     * so that rows with equal order values keep one place from one statement to the next.
     */
    private boolean stable(Integer limit) {
        return plan.after() != null || !plan.order().isEmpty() || limit != null || plan.offset() != null;
    }

    private List<R> list(Integer limit, Integer offset, boolean stable) {
        SqlStatement select = runner.statements().select(spec(limit, offset, stable));
        List<Object[]> rows = runner.rows(select, shape.readers());
        return runner.guard(() -> {
            List<R> out = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                R r = shape.map(runner, row, false);
                if (r != null) {
                    out.add(r);
                }
            }
            shape.complete(runner, out);
            return out;
        });
    }

    /**
     * The SELECT for this shape. A stable order (paging, keyset) ends in the primary key, so that
     * rows with equal order values keep one place; a keyset condition follows that order.
     */
    SelectSpec spec(Integer limit, Integer offset, boolean stable) {
        List<OrderTerm> order = stable ? stableOrder(plan) : plan.order();
        SqlPredicate where = plan.where();
        if (plan.after() != null) {
            where = SqlPredicate.and(where, keyset(order, plan.after()));
        }
        return new SelectSpec(plan.table(), shape.items(), where, plan.groupBy(), plan.having(), order, limit, offset);
    }

    static List<OrderTerm> stableOrder(QueryPlan plan) {
        List<OrderTerm> order = new ArrayList<>(plan.order());
        if (!plan.groupBy().isEmpty()) {
            return order;
        }
        for (ColumnModel pk : plan.table().primaryKey()) {
            boolean present = order.stream().anyMatch(o -> o.expr() instanceof SqlExpr.Column c && c.path().isEmpty()
                    && c.column().equals(pk));
            if (!present) {
                order.add(new OrderTerm(pk, false));
            }
        }
        return order;
    }

    /**
     * Rows after the given values in the order: {@code (a > ?) OR (a = ? AND b > ?) …} ({@code <}
     * for descending terms). Only non-null columns of the table itself: NULL has no place in such
     * a comparison, and rows holding one would be skipped.
     */
    private SqlPredicate keyset(List<OrderTerm> order, List<Object> values) {
        TableModel table = plan.table();
        List<ColumnModel> columns = new ArrayList<>();
        for (OrderTerm o : order) {
            if (!(o.expr() instanceof SqlExpr.Column c) || !c.path().isEmpty()) {
                throw new MetalOrmException("after(...) on " + table.name() + " pages by the query's order, which must name "
                        + "columns of " + table.name() + " itself; a related column or an aggregate cannot be paged by key.");
            }
            if (c.column().nullable()) {
                throw new MetalOrmException("after(...) on " + table.name() + ": the order column " + c.column().name()
                        + " is nullable, and NULLs have no place in \"rows after x\" (they would be skipped). Order by non-null "
                        + "columns (the primary key is added last by itself).");
            }
            columns.add(c.column());
        }
        if (columns.isEmpty()) {
            throw new MetalOrmException("after(...) on " + table.name() + " needs an order: orderBy(...) the columns to page by "
                    + "(or a primary key).");
        }
        if (values.size() != columns.size()) {
            throw new MetalOrmException("after(...) on " + table.name() + " takes one value per order column "
                    + columns.stream().map(ColumnModel::name).toList() + " (the primary key is added to the order when it is "
                    + "missing); got " + values.size() + " value(s). Pass the last row itself: after(lastRow).");
        }
        List<SqlPredicate> any = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<SqlPredicate> all = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                Object v = values.get(j);
                if (v == null) {
                    throw new MetalOrmException("after(...) on " + table.name() + ": the value for " + columns.get(j).name()
                            + " is null; pass the order values of the last row seen.");
                }
                Object value = Values.coerce(table, columns.get(j), v);
                String op = j < i ? "=" : order.get(j).descending() ? "<" : ">";
                all.add(new SqlPredicate.Compare(columns.get(j), op, value));
            }
            any.add(all.size() == 1 ? all.get(0) : new SqlPredicate.Junction(true, all));
        }
        return any.size() == 1 ? any.get(0) : new SqlPredicate.Junction(false, any);
    }

    /** The order columns' values of an entity of the table, for {@code after(lastRow)}. */
    static List<Object> orderValues(QueryRunner runner, QueryPlan plan, List<OrderTerm> order, Object row) {
        List<Object> out = new ArrayList<>();
        for (OrderTerm o : order) {
            if (o.expr() instanceof SqlExpr.Column c && c.path().isEmpty()) {
                out.add(runner.value(row, c.column()));
            } else {
                throw new MetalOrmException("after(lastRow) on " + plan.table().name() + " reads the order columns from the row; "
                        + "the order names a related column or an aggregate. Pass the values: after(v1, v2, ...).");
            }
        }
        return out;
    }
}
