package dev.metalorm.sql;

import dev.metalorm.metadata.TableModel;
import java.util.List;
import java.util.Objects;

/**
 * A SELECT over one table: what it reads (empty: every column of the table, in model order), the
 * condition, grouping, order and paging. Columns reached through relations are LEFT JOINed once
 * per path.
 */
public record SelectSpec(TableModel table, List<SqlExpr> items, SqlPredicate where, List<SqlExpr> groupBy, SqlPredicate having,
                         List<OrderTerm> order, Integer limit, Integer offset) {
    public SelectSpec {
        Objects.requireNonNull(table, "table");
        items = List.copyOf(items);
        groupBy = List.copyOf(groupBy);
        order = List.copyOf(order);
    }

    public static SelectSpec of(TableModel table, SqlPredicate where, List<OrderTerm> order, Integer limit, Integer offset) {
        return new SelectSpec(table, List.of(), where, List.of(), null, order, limit, offset);
    }

    public SelectSpec withPaging(Integer newLimit, Integer newOffset) {
        return new SelectSpec(table, items, where, groupBy, having, order, newLimit, newOffset);
    }

    public SelectSpec withWhere(SqlPredicate newWhere) {
        return new SelectSpec(table, items, newWhere, groupBy, having, order, limit, offset);
    }

    public SelectSpec withOrder(List<OrderTerm> newOrder) {
        return new SelectSpec(table, items, where, groupBy, having, newOrder, limit, offset);
    }

    public SelectSpec withItems(List<SqlExpr> newItems) {
        return new SelectSpec(table, newItems, where, groupBy, having, order, limit, offset);
    }
}
