package dev.metalorm.query;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.sql.SqlExpr;
import java.util.List;

/** What a query's rows become: entities, entities with counts, records or maps. */
interface Shape<R> {
    /** What the SELECT lists; empty for every column of the table. */
    List<SqlExpr> items();

    /** How each selected value is read, by position. */
    List<ColumnModel> readers();

    /** One result from one row; null to leave the row out (an entity removed in this session). */
    R map(QueryRunner runner, Object[] row, boolean streaming);

    /** After a list (never for a stream): loads includes. */
    default void complete(QueryRunner runner, List<R> results) {
    }

    /** Why this shape cannot be streamed, or null when it can. */
    default String notStreamable() {
        return null;
    }
}
