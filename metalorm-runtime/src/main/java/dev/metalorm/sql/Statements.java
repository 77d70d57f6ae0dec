package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.dialect.Dialect;
import java.util.List;

/**
 * Builds every statement the runtime runs, through the dialect: identifiers quoted, values bound.
 * Stateless and thread-safe.
 */
public final class Statements {
    private final Dialect dialect;

    public Statements(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** {@code INSERT INTO t (a, b) VALUES (?, ?)}. */
    public SqlStatement insert(TableModel table, List<ColumnModel> columns, List<Object> values) {
        SqlBuilder b = new SqlBuilder(dialect).sql("INSERT INTO ").table(table).sql(" (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        b.sql(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").param(values.get(i), columns.get(i));
        }
        return b.sql(")").build();
    }

    /** {@code UPDATE t SET a = ?, b = ? WHERE k = ?}. */
    public SqlStatement update(TableModel table, List<ColumnModel> columns, List<Object> values, List<ColumnModel> key,
                               List<Object> keyValues) {
        SqlBuilder b = new SqlBuilder(dialect).sql("UPDATE ").table(table).sql(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name()).sql(" = ").param(values.get(i), columns.get(i));
        }
        b.sql(" WHERE ");
        keyEquals(b, key, keyValues);
        return b.build();
    }

    /** {@code DELETE FROM t WHERE k = ?}. */
    public SqlStatement delete(TableModel table, List<ColumnModel> key, List<Object> keyValues) {
        SqlBuilder b = new SqlBuilder(dialect).sql("DELETE FROM ").table(table).sql(" WHERE ");
        keyEquals(b, key, keyValues);
        return b.build();
    }

    /** {@code SELECT a, b FROM t [WHERE …] [ORDER BY …] [paging]}. */
    public SqlStatement select(TableModel table, SqlPredicate where, List<OrderTerm> order, Integer limit, Integer offset) {
        SqlBuilder b = new SqlBuilder(dialect).sql("SELECT ");
        List<ColumnModel> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        b.sql(" FROM ").table(table);
        where(b, where);
        for (int i = 0; i < order.size(); i++) {
            b.sql(i == 0 ? " ORDER BY " : ", ").identifier(order.get(i).column().name()).sql(order.get(i).descending() ? " DESC" : "");
        }
        dialect.paging(b, limit, offset);
        return b.build();
    }

    /** {@code SELECT COUNT(*) FROM t [WHERE …]}. */
    public SqlStatement count(TableModel table, SqlPredicate where) {
        SqlBuilder b = new SqlBuilder(dialect).sql("SELECT COUNT(*) FROM ").table(table);
        where(b, where);
        return b.build();
    }

    /**
     * Target rows joined to their pivot rows, for many-to-many loading: the target's columns, then
     * the pivot's root-key columns and its other (payload) columns.
     * {@code SELECT t.a, …, p.r1, … FROM target t JOIN pivot p ON p.k = t.k WHERE p.r IN (…)}.
     */
    public SqlStatement selectThroughPivot(TableModel target, TableModel pivot, List<ColumnModel> pivotToTarget,
                                           List<ColumnModel> targetKey, List<ColumnModel> pivotColumns, SqlPredicate where,
                                           List<OrderTerm> order) {
        SqlBuilder b = new SqlBuilder(dialect).sql("SELECT ");
        List<ColumnModel> columns = target.columns();
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").qualified("t", columns.get(i).name());
        }
        for (ColumnModel c : pivotColumns) {
            b.sql(", ").qualified("p", c.name());
        }
        b.sql(" FROM ").table(target).sql(" ").identifier("t").sql(" JOIN ").table(pivot).sql(" ")
                .identifier("p").sql(" ON ");
        for (int i = 0; i < pivotToTarget.size(); i++) {
            b.sql(i == 0 ? "" : " AND ").qualified("p", pivotToTarget.get(i).name()).sql(" = ").qualified("t", targetKey.get(i).name());
        }
        b.sql(" WHERE ");
        predicate(b, where, "p");
        for (int i = 0; i < order.size(); i++) {
            b.sql(i == 0 ? " ORDER BY " : ", ").qualified("t", order.get(i).column().name())
                    .sql(order.get(i).descending() ? " DESC" : "");
        }
        return b.build();
    }

    private void keyEquals(SqlBuilder b, List<ColumnModel> key, List<Object> values) {
        for (int i = 0; i < key.size(); i++) {
            b.sql(i == 0 ? "" : " AND ").identifier(key.get(i).name()).sql(" = ").param(values.get(i), key.get(i));
        }
    }

    private void where(SqlBuilder b, SqlPredicate where) {
        if (where != null && !(where instanceof SqlPredicate.Junction j && j.and() && j.parts().isEmpty())) {
            b.sql(" WHERE ");
            predicate(b, where, null);
        }
    }

    private void column(SqlBuilder b, String alias, ColumnModel c) {
        if (alias == null) {
            b.identifier(c.name());
        } else {
            b.qualified(alias, c.name());
        }
    }

    private void predicate(SqlBuilder b, SqlPredicate p, String alias) {
        if (p instanceof SqlPredicate.Compare c) {
            column(b, alias, c.column());
            b.sql(" " + c.operator() + " ").param(c.value(), c.column());
        } else if (p instanceof SqlPredicate.IsNull n) {
            column(b, alias, n.column());
            b.sql(n.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (p instanceof SqlPredicate.Not n) {
            b.sql("NOT (");
            predicate(b, n.inner(), alias);
            b.sql(")");
        } else if (p instanceof SqlPredicate.Junction j) {
            if (j.parts().isEmpty()) {
                b.sql(j.and() ? "1 = 1" : "1 = 0");
                return;
            }
            b.sql("(");
            for (int i = 0; i < j.parts().size(); i++) {
                b.sql(i == 0 ? "" : j.and() ? " AND " : " OR ");
                predicate(b, j.parts().get(i), alias);
            }
            b.sql(")");
        } else if (p instanceof SqlPredicate.In in) {
            in(b, in, alias);
        }
    }

    private void in(SqlBuilder b, SqlPredicate.In in, String alias) {
        List<ColumnModel> cols = in.columns();
        if (in.tuples().isEmpty()) {
            b.sql("1 = 0");
            return;
        }
        if (cols.size() == 1) {
            column(b, alias, cols.get(0));
            b.sql(" IN (");
            for (int i = 0; i < in.tuples().size(); i++) {
                b.sql(i == 0 ? "" : ", ").param(in.tuples().get(i).get(0), cols.get(0));
            }
            b.sql(")");
        } else if (dialect.supportsRowValueIn()) {
            b.sql("(");
            for (int i = 0; i < cols.size(); i++) {
                b.sql(i == 0 ? "" : ", ");
                column(b, alias, cols.get(i));
            }
            b.sql(") IN (");
            for (int t = 0; t < in.tuples().size(); t++) {
                b.sql(t == 0 ? "(" : ", (");
                for (int i = 0; i < cols.size(); i++) {
                    b.sql(i == 0 ? "" : ", ").param(in.tuples().get(t).get(i), cols.get(i));
                }
                b.sql(")");
            }
            b.sql(")");
        } else {
            b.sql("(");
            for (int t = 0; t < in.tuples().size(); t++) {
                b.sql(t == 0 ? "(" : " OR (");
                for (int i = 0; i < cols.size(); i++) {
                    b.sql(i == 0 ? "" : " AND ");
                    column(b, alias, cols.get(i));
                    b.sql(" = ").param(in.tuples().get(t).get(i), cols.get(i));
                }
                b.sql(")");
            }
            b.sql(")");
        }
    }
}
