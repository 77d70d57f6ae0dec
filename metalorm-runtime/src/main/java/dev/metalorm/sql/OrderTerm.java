package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import java.util.Objects;

/** One ORDER BY term. */
public record OrderTerm(SqlExpr expr, boolean descending) {
    public OrderTerm {
        Objects.requireNonNull(expr, "expr");
    }

    /** A column of the statement's own table. */
    public OrderTerm(ColumnModel column, boolean descending) {
        this(SqlExpr.Column.of(column), descending);
    }
}
