package dev.metalorm.query;

import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SqlPredicate;
import java.util.List;

/**
 * A resolved query, handed to the session: the table, the predicate, order, paging and the
 * relation paths to include.
 */
public record QuerySpec(TableModel table, SqlPredicate where, List<OrderTerm> order, Integer limit, Integer offset,
                        List<String> includes) {
    public QuerySpec {
        order = List.copyOf(order);
        includes = List.copyOf(includes);
    }
}
