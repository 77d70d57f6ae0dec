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

    /**
     * The same SQL with other values bound to its placeholders, of the same types in the same
     * order: the next row of a JDBC batch, without rendering the SQL again.
     */
    public SqlStatement rebind(List<Object> values) {
        if (values.size() != params.size()) {
            throw new IllegalArgumentException("rebind needs " + params.size() + " values, got " + values.size() + ": " + sql);
        }
        SqlParameter[] out = new SqlParameter[params.size()];
        for (int i = 0; i < out.length; i++) {
            SqlParameter p = params.get(i);
            out[i] = new SqlParameter(values.get(i), p.type(), p.array(), p.sqlType(), p.javaType(), p.column());
        }
        return new SqlStatement(sql, List.of(out)); // already immutable: the constructor's copy keeps it
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
