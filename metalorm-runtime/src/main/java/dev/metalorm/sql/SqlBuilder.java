package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/** Accumulates SQL text and its parameters; identifiers go through the dialect's quoting. */
public final class SqlBuilder {
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder();
    private final List<SqlParameter> params = new ArrayList<>();

    public SqlBuilder(Dialect dialect) {
        this.dialect = dialect;
    }

    public SqlBuilder sql(String text) {
        sql.append(text);
        return this;
    }

    public SqlBuilder identifier(String name) {
        sql.append(dialect.quote(name));
        return this;
    }

    /** A table's name, qualified by its schema when it has one, each part quoted. */
    public SqlBuilder table(TableModel table) {
        if (!table.schema().isEmpty()) {
            sql.append(dialect.quote(table.schema())).append('.');
        }
        sql.append(dialect.quote(table.name()));
        return this;
    }

    /** {@code alias.column}, both quoted. */
    public SqlBuilder qualified(String alias, String name) {
        sql.append(dialect.quote(alias)).append('.').append(dialect.quote(name));
        return this;
    }

    /** A placeholder for a column's value, rendered as the dialect wants for that type. */
    public SqlBuilder param(Object value, ColumnType type) {
        sql.append(dialect.placeholder(type));
        params.add(new SqlParameter(value, type));
        return this;
    }

    /** A placeholder for a value of the column, bound as its type and declared database type say. */
    public SqlBuilder param(Object value, ColumnModel column) {
        sql.append(dialect.placeholder(column.type()));
        params.add(new SqlParameter(value, column.type(), false, column.sqlType(), column.javaType(), column.name()));
        return this;
    }

    /** {@code qualifier.column}: the qualifier is SQL already (a quoted alias or table), null for none. */
    public SqlBuilder column(String qualifier, String name) {
        if (qualifier != null) {
            sql.append(qualifier).append('.');
        }
        sql.append(dialect.quote(name));
        return this;
    }

    /** One placeholder for all the values, bound as a SQL array of the column type. */
    public SqlBuilder arrayParam(Object[] values, ColumnModel column) {
        sql.append('?');
        params.add(new SqlParameter(values, column.type(), true, "", null, column.name()));
        return this;
    }

    /** How many parameters are bound so far. */
    public int parameterCount() {
        return params.size();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A plain {@code ?} for an integer such as a limit. */
    public SqlBuilder intParam(int value) {
        sql.append('?');
        params.add(new SqlParameter(value, ColumnType.INTEGER));
        return this;
    }

    public SqlStatement build() {
        return new SqlStatement(sql.toString(), params);
    }
}
