package dev.metalorm.query;

import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SqlExpr;
import dev.metalorm.sql.SqlPredicate;
import java.util.List;

/** A query's state frozen at a terminal call or a {@code select}: what {@link Execution} runs. */
record QueryPlan(TableModel table, SqlPredicate where, List<OrderTerm> order, List<SqlExpr> groupBy, SqlPredicate having,
                 Integer limit, Integer offset, List<Object> after, List<IncludeSpec> includes, int fetchSize) {
    QueryPlan {
        order = List.copyOf(order);
        groupBy = List.copyOf(groupBy);
        includes = List.copyOf(includes);
    }
}
