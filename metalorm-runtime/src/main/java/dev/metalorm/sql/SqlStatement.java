package dev.metalorm.sql;

import java.util.List;
import java.util.Objects;

/**
 * A statement to run: SQL with {@code ?} placeholders and the values bound to them, in order.
 */
public record SqlStatement(String sql, List<SqlParameter> params) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    /** The bound values alone, for tests and debug logging. */
    public List<Object> values() {
        return params.stream().map(SqlParameter::value).toList();
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
