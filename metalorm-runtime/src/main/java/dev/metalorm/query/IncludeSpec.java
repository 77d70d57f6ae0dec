package dev.metalorm.query;

import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SqlPredicate;
import java.util.List;
import java.util.Objects;

/**
 * One relation path to include, resolved: for the path's last relation, which related rows
 * ({@code filter}, null for all), in which order (empty: the target's primary key), how many per
 * owner (null: all). Internal to the runtime.
 *
 * @param filtered whether the loaded collections hold only part of the relation (a filter or a limit)
 */
public record IncludeSpec(String path, SqlPredicate filter, List<OrderTerm> order, Integer limit, boolean filtered) {
    public IncludeSpec {
        Objects.requireNonNull(path, "path");
        order = List.copyOf(order);
    }

    public static IncludeSpec all(String path) {
        return new IncludeSpec(path, null, List.of(), null, false);
    }

    /** Whether this is the plain include of the whole relation in its default order. */
    public boolean plain() {
        return filter == null && order.isEmpty() && limit == null;
    }
}
