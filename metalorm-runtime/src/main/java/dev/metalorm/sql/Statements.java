package dev.metalorm.sql;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.dialect.Dialect;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * {@code INSERT INTO t (a, b) VALUES (?, ?)}; with no columns (every value comes from the
     * database) the dialect's form, {@code INSERT INTO t DEFAULT VALUES} or MySQL's {@code () VALUES ()}.
     */
    public SqlStatement insert(TableModel table, List<ColumnModel> columns, List<Object> values) {
        if (columns.isEmpty()) {
            SqlBuilder b = new SqlBuilder(dialect).sql("INSERT INTO ").table(table);
            dialect.defaultValues(b);
            return b.build();
        }
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

    /**
     * {@code UPDATE t SET a = ?, v = ? WHERE k = ? AND v = ?}: an update checked against the version
     * the session read ({@code v IS NULL} when it read NULL), for optimistic locking.
     */
    public SqlStatement update(TableModel table, List<ColumnModel> columns, List<Object> values, List<ColumnModel> key,
                               List<Object> keyValues, ColumnModel version, Object heldVersion) {
        SqlBuilder b = new SqlBuilder(dialect).sql("UPDATE ").table(table).sql(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name()).sql(" = ").param(values.get(i), columns.get(i));
        }
        b.sql(" WHERE ");
        keyEquals(b, key, keyValues);
        versionEquals(b, version, heldVersion);
        return b.build();
    }

    /** {@code DELETE FROM t WHERE k = ?}. */
    public SqlStatement delete(TableModel table, List<ColumnModel> key, List<Object> keyValues) {
        SqlBuilder b = new SqlBuilder(dialect).sql("DELETE FROM ").table(table).sql(" WHERE ");
        keyEquals(b, key, keyValues);
        return b.build();
    }

    /** {@code DELETE FROM t WHERE k = ? AND v = ?}: a delete checked against the version the session read. */
    public SqlStatement delete(TableModel table, List<ColumnModel> key, List<Object> keyValues, ColumnModel version,
                               Object heldVersion) {
        SqlBuilder b = new SqlBuilder(dialect).sql("DELETE FROM ").table(table).sql(" WHERE ");
        keyEquals(b, key, keyValues);
        versionEquals(b, version, heldVersion);
        return b.build();
    }

    private void versionEquals(SqlBuilder b, ColumnModel version, Object held) {
        b.sql(" AND ").identifier(version.name());
        if (held == null) {
            b.sql(" IS NULL");
        } else {
            b.sql(" = ").param(held, version);
        }
    }

    private void keyEquals(SqlBuilder b, List<ColumnModel> key, List<Object> values) {
        for (int i = 0; i < key.size(); i++) {
            b.sql(i == 0 ? "" : " AND ").identifier(key.get(i).name()).sql(" = ").param(values.get(i), key.get(i));
        }
    }

    // ---- reading and set-based writes (the query side)

    /** {@code SELECT a, b FROM t [WHERE …] [ORDER BY …] [paging]}. */
    public SqlStatement select(TableModel table, SqlPredicate where, List<OrderTerm> order, Integer limit, Integer offset) {
        return select(SelectSpec.of(table, where, order, limit, offset));
    }

    /**
     * {@code SELECT … FROM t [LEFT JOIN …] [WHERE …] [GROUP BY …] [HAVING …] [ORDER BY …] [paging]}.
     * The table is not aliased; columns reached through belongsTo paths come from one LEFT JOIN per
     * path, and then the table's own columns are qualified by its name.
     */
    public SqlStatement select(SelectSpec spec) {
        Render r = new Render(spec.table(), spec);
        r.b.sql("SELECT ");
        if (spec.items().isEmpty()) {
            List<ColumnModel> columns = spec.table().columns();
            for (int i = 0; i < columns.size(); i++) {
                r.b.sql(i == 0 ? "" : ", ").column(r.root.own(), columns.get(i).name());
            }
        } else {
            for (int i = 0; i < spec.items().size(); i++) {
                r.b.sql(i == 0 ? "" : ", ");
                r.expr(spec.items().get(i), r.root);
            }
        }
        r.b.sql(" FROM ").table(spec.table());
        r.joins();
        r.where(spec.where());
        r.groupByHaving(spec);
        r.orderBy(spec.order(), r.root);
        dialect.paging(r.b, spec.limit(), spec.offset());
        return r.build();
    }

    /** {@code SELECT COUNT(*) FROM t [WHERE …]}. */
    public SqlStatement count(TableModel table, SqlPredicate where) {
        return count(SelectSpec.of(table, where, List.of(), null, null));
    }

    /**
     * The number of rows the spec selects, order and paging ignored: {@code SELECT COUNT(*) FROM t
     * WHERE …}, or for a grouped spec the number of groups, {@code SELECT COUNT(*) FROM (SELECT 1 …
     * GROUP BY … HAVING …) g}.
     */
    public SqlStatement count(SelectSpec spec) {
        if (spec.groupBy().isEmpty()) {
            Render r = new Render(spec.table(), null);
            r.b.sql("SELECT COUNT(*) FROM ").table(spec.table());
            r.where(spec.where());
            return r.build();
        }
        SelectSpec groups = new SelectSpec(spec.table(), List.of(), spec.where(), spec.groupBy(), spec.having(), List.of(), null, null);
        Render r = new Render(spec.table(), groups);
        r.b.sql("SELECT COUNT(*) FROM (SELECT 1 AS ").identifier("mo_one").sql(" FROM ").table(spec.table());
        r.joins();
        r.where(spec.where());
        r.groupByHaving(spec);
        r.b.sql(") ").identifier("mo_groups");
        return r.build();
    }

    /**
     * The related rows of a hasMany or hasOne for a batch of owners, for relation loading:
     * {@code SELECT … FROM target WHERE fk IN (…) [AND filter] ORDER BY …}. With a per-owner limit the
     * rows are ranked per owner with {@code ROW_NUMBER() OVER (PARTITION BY fk ORDER BY …)} and the
     * first {@code perOwnerLimit} of each owner kept, in owner order then rank.
     */
    public SqlStatement selectChildren(TableModel target, List<ColumnModel> foreignKey, SqlPredicate owners, SqlPredicate filter,
                                       List<OrderTerm> order, Integer perOwnerLimit) {
        SqlPredicate where = SqlPredicate.and(owners, filter);
        if (perOwnerLimit == null) {
            return select(SelectSpec.of(target, where, order, null, null));
        }
        requireWindowFunctions();
        Render r = new Render(target, null);
        List<ColumnModel> columns = target.columns();
        r.b.sql("SELECT ");
        ranked(r, columns.size());
        r.b.sql(" FROM (SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            r.b.sql(i == 0 ? "" : ", ").column(null, columns.get(i).name()).sql(" AS ").identifier("mo_c" + (i + 1));
        }
        r.b.sql(", ROW_NUMBER() OVER (PARTITION BY ");
        for (int i = 0; i < foreignKey.size(); i++) {
            r.b.sql(i == 0 ? "" : ", ").column(null, foreignKey.get(i).name());
        }
        r.orderBy(order, r.root);
        r.b.sql(") AS ").identifier("mo_rn").sql(" FROM ").table(target);
        r.where(where);
        rankedTail(r, perOwnerLimit, foreignKey.stream().map(c -> c.index() + 1).toList());
        return r.build();
    }

    /**
     * Target rows joined to their pivot rows, for many-to-many loading: the target's columns, then
     * every pivot column. {@code SELECT t.a, …, p.r1, … FROM target t JOIN pivot p ON p.k = t.k
     * WHERE p.r IN (…) [AND filter on t] ORDER BY t.…}; with a per-owner limit ranked per owner as in
     * {@link #selectChildren}.
     */
    public SqlStatement selectThroughPivot(RelationHop hop, SqlPredicate owners, SqlPredicate filter, List<OrderTerm> order,
                                           Integer perOwnerLimit) {
        TableModel target = hop.target();
        TableModel pivot = hop.pivot();
        Render r = new Render(target, null);
        r.reserve("t", "p");
        Scope t = new Scope(dialect.quote("t"), dialect.quote("t"));
        Scope p = new Scope(dialect.quote("p"), dialect.quote("p"));
        List<ColumnModel> columns = target.columns();
        int width = columns.size() + pivot.columns().size();
        r.b.sql("SELECT ");
        if (perOwnerLimit != null) {
            requireWindowFunctions();
            ranked(r, width);
            r.b.sql(" FROM (SELECT ");
        }
        int label = 0;
        for (int i = 0; i < columns.size(); i++) {
            r.b.sql(i == 0 ? "" : ", ").column(t.own(), columns.get(i).name());
            if (perOwnerLimit != null) {
                r.b.sql(" AS ").identifier("mo_c" + (++label));
            }
        }
        for (ColumnModel c : pivot.columns()) {
            r.b.sql(", ").column(p.own(), c.name());
            if (perOwnerLimit != null) {
                r.b.sql(" AS ").identifier("mo_c" + (++label));
            }
        }
        if (perOwnerLimit != null) {
            r.b.sql(", ROW_NUMBER() OVER (PARTITION BY ");
            for (int i = 0; i < hop.pivotToOwner().size(); i++) {
                r.b.sql(i == 0 ? "" : ", ").column(p.own(), hop.pivotToOwner().get(i).name());
            }
            r.orderBy(order, t);
            r.b.sql(") AS ").identifier("mo_rn");
        }
        r.b.sql(" FROM ").table(target).sql(" ").identifier("t").sql(" JOIN ").table(pivot).sql(" ").identifier("p").sql(" ON ");
        for (int i = 0; i < hop.pivotToTarget().size(); i++) {
            r.b.sql(i == 0 ? "" : " AND ").column(p.own(), hop.pivotToTarget().get(i).name()).sql(" = ")
                    .column(t.own(), hop.targetColumns().get(i).name());
        }
        r.b.sql(" WHERE ");
        r.predicate(owners, p);
        if (filter != null) {
            r.b.sql(" AND ");
            r.predicate(filter, t);
        }
        if (perOwnerLimit == null) {
            r.orderBy(order, t);
        } else {
            rankedTail(r, perOwnerLimit, hop.pivotToOwner().stream().map(c -> columns.size() + c.index() + 1).toList());
        }
        return r.build();
    }

    /**
     * {@code UPDATE t SET a = ?, … [, v = COALESCE(v, 0) + 1] WHERE …} over every row matching the
     * condition; {@code incremented} (nullable) is an integer version column advanced in place.
     */
    public SqlStatement updateWhere(TableModel table, List<ColumnModel> columns, List<Object> values, ColumnModel incremented,
                                   SqlPredicate where) {
        Render r = new Render(table, null);
        r.b.sql("UPDATE ").table(table).sql(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            r.b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name()).sql(" = ").param(values.get(i), columns.get(i));
        }
        if (incremented != null) {
            r.b.sql(columns.isEmpty() ? "" : ", ").identifier(incremented.name()).sql(" = COALESCE(")
                    .identifier(incremented.name()).sql(", 0) + 1");
        }
        r.where(where);
        return r.build();
    }

    /** {@code DELETE FROM t WHERE …} over every row matching the condition. */
    public SqlStatement deleteWhere(TableModel table, SqlPredicate where) {
        Render r = new Render(table, null);
        r.b.sql("DELETE FROM ").table(table);
        r.where(where);
        return r.build();
    }

    /** Inserts one row or, when one with the same {@code conflict} columns exists, sets {@code update} on it (the dialect's upsert). */
    public SqlStatement upsert(TableModel table, List<ColumnModel> columns, List<Object> values, List<ColumnModel> conflict,
                               List<ColumnModel> update) {
        SqlBuilder b = new SqlBuilder(dialect);
        dialect.upsert(b, table, columns, values, conflict, update);
        return checked(b, table);
    }

    private void requireWindowFunctions() {
        if (!dialect.supportsWindowFunctions()) {
            throw new MetalOrmException("A per-owner limit in an include filter needs window functions (ROW_NUMBER() OVER), "
                    + "which " + dialect.name() + " lacks (MySQL has them from 8.0, MariaDB from 10.2). Drop limit() from the "
                    + "include filter, or upgrade the server.");
        }
    }

    /** The outer list of a ranked select: the inner labels {@code mo_c1 … mo_cN}, read by position. */
    private void ranked(Render r, int width) {
        for (int i = 1; i <= width; i++) {
            r.b.sql(i == 1 ? "" : ", ").identifier("mo_c" + i);
        }
    }

    private void rankedTail(Render r, int perOwnerLimit, List<Integer> ownerLabels) {
        r.b.sql(") ").identifier("mo_ranked").sql(" WHERE ").identifier("mo_rn").sql(" <= ").intParam(perOwnerLimit)
                .sql(" ORDER BY ");
        for (Integer label : ownerLabels) {
            r.b.identifier("mo_c" + label).sql(", ");
        }
        r.b.identifier("mo_rn");
    }

    /** A table's reference as SQL: its quoted name, qualified by its quoted schema when it has one. */
    private String tableRef(TableModel table) {
        return (table.schema().isEmpty() ? "" : dialect.quote(table.schema()) + ".") + dialect.quote(table.name());
    }

    private SqlStatement checked(SqlBuilder b, TableModel table) {
        int max = dialect.maxParameters();
        if (b.parameterCount() > max) {
            throw new MetalOrmException(String.format(java.util.Locale.ROOT, "A statement on %s would bind %,d values; %s accepts "
                    + "at most %,d per statement. Pass fewer values (a long Where.in list is bound as one array only for "
                    + "integer, decimal, text and uuid columns).", table.name(), b.parameterCount(), dialect.name(), max));
        }
        return b.build();
    }

    /**
     * How a predicate or expression names its table's columns: {@code own} qualifies them (null:
     * unqualified), {@code ref} is what a correlated subquery refers to them by.
     */
    private record Scope(String own, String ref) {
    }

    /** One statement being rendered: its builder, the joins of its belongsTo paths, the aliases in use. */
    private final class Render {
        final SqlBuilder b = new SqlBuilder(dialect);
        final TableModel table;
        final Scope root;
        final Map<List<String>, String> joinAliases = new LinkedHashMap<>();
        final Map<List<String>, SqlExpr.Column> joinPaths = new LinkedHashMap<>();
        final Set<String> reserved = new HashSet<>();
        int next;

        /** @param joinsFrom the spec whose paths are joined, or null for a statement without joins */
        Render(TableModel table, SelectSpec joinsFrom) {
            this.table = table;
            reserved.add(table.name().toLowerCase(java.util.Locale.ROOT));
            if (joinsFrom != null) {
                for (SqlExpr e : joinsFrom.items()) {
                    collect(e);
                }
                for (SqlExpr e : joinsFrom.groupBy()) {
                    collect(e);
                }
                for (OrderTerm o : joinsFrom.order()) {
                    collect(o.expr());
                }
                collectHaving(joinsFrom.having());
            }
            String ref = tableRef(table);
            this.root = new Scope(joinPaths.isEmpty() ? null : ref, ref);
            // aliased now: the select list, rendered before the joins, names them
            for (List<String> key : joinPaths.keySet()) {
                joinAliases.put(key, alias());
            }
        }

        void reserve(String... aliases) {
            for (String a : aliases) {
                reserved.add(a);
            }
        }

        String alias() {
            String a;
            do {
                a = "m" + (++next);
            } while (reserved.contains(a));
            reserved.add(a);
            return a;
        }

        private void collect(SqlExpr e) {
            if (e instanceof SqlExpr.Column c) {
                for (int i = 1; i <= c.path().size(); i++) {
                    List<String> key = c.path().subList(0, i).stream().map(RelationHop::name).toList();
                    if (!joinPaths.containsKey(key)) {
                        joinPaths.put(key, new SqlExpr.Column(c.path().subList(0, i), c.column()));
                    }
                }
            } else if (e instanceof SqlExpr.Aggregate a && a.argument() != null) {
                collect(a.argument());
            }
        }

        private void collectHaving(SqlPredicate p) {
            if (p instanceof SqlPredicate.AggregateCompare a) {
                collect(a.aggregate());
            } else if (p instanceof SqlPredicate.Junction j) {
                j.parts().forEach(this::collectHaving);
            } else if (p instanceof SqlPredicate.Not n) {
                collectHaving(n.inner());
            }
        }

        void joins() {
            for (Map.Entry<List<String>, SqlExpr.Column> e : joinPaths.entrySet()) {
                List<RelationHop> path = e.getValue().path();
                RelationHop hop = path.get(path.size() - 1);
                String parent = path.size() == 1 ? root.ref() : dialect.quote(joinAliases.get(e.getKey().subList(0, path.size() - 1)));
                String alias = joinAliases.get(e.getKey());
                b.sql(" LEFT JOIN ").table(hop.target()).sql(" ").identifier(alias).sql(" ON ");
                for (int i = 0; i < hop.targetColumns().size(); i++) {
                    b.sql(i == 0 ? "" : " AND ").qualified(alias, hop.targetColumns().get(i).name()).sql(" = ")
                            .column(parent, hop.ownerColumns().get(i).name());
                }
            }
        }

        void where(SqlPredicate where) {
            if (where != null && !(where instanceof SqlPredicate.Junction j && j.and() && j.parts().isEmpty())) {
                b.sql(" WHERE ");
                predicate(where, root);
            }
        }

        void groupByHaving(SelectSpec spec) {
            for (int i = 0; i < spec.groupBy().size(); i++) {
                b.sql(i == 0 ? " GROUP BY " : ", ");
                expr(spec.groupBy().get(i), root);
            }
            if (spec.having() != null) {
                b.sql(" HAVING ");
                predicate(spec.having(), root);
            }
        }

        void orderBy(List<OrderTerm> order, Scope scope) {
            for (int i = 0; i < order.size(); i++) {
                b.sql(i == 0 ? " ORDER BY " : ", ");
                expr(order.get(i).expr(), scope);
                b.sql(order.get(i).descending() ? " DESC" : "");
            }
        }

        void expr(SqlExpr e, Scope scope) {
            if (e instanceof SqlExpr.Column c) {
                if (c.path().isEmpty()) {
                    b.column(scope.own(), c.column().name());
                } else {
                    List<String> key = c.path().stream().map(RelationHop::name).toList();
                    b.qualified(joinAliases.get(key), c.column().name());
                }
            } else if (e instanceof SqlExpr.Aggregate a) {
                b.sql(a.function()).sql("(").sql(a.distinct() ? "DISTINCT " : "");
                if (a.argument() == null) {
                    b.sql("*");
                } else {
                    expr(a.argument(), scope);
                }
                b.sql(")");
            } else if (e instanceof SqlExpr.RelationCount rc) {
                b.sql("(");
                related(rc.hop(), rc.filter(), scope, "COUNT(*)");
                b.sql(")");
            }
        }

        /** {@code SELECT what FROM related … WHERE <correlated to outer> [AND inner]}. */
        private void related(RelationHop hop, SqlPredicate inner, Scope outer, String what) {
            String a = alias();
            Scope target = new Scope(dialect.quote(a), dialect.quote(a));
            b.sql("SELECT ").sql(what).sql(" FROM ");
            if (hop.pivot() == null) {
                b.table(hop.target()).sql(" ").identifier(a).sql(" WHERE ");
                for (int i = 0; i < hop.targetColumns().size(); i++) {
                    b.sql(i == 0 ? "" : " AND ").qualified(a, hop.targetColumns().get(i).name()).sql(" = ")
                            .column(outer.ref(), hop.ownerColumns().get(i).name());
                }
            } else {
                String p = alias();
                b.table(hop.pivot()).sql(" ").identifier(p).sql(" JOIN ").table(hop.target()).sql(" ").identifier(a).sql(" ON ");
                for (int i = 0; i < hop.targetColumns().size(); i++) {
                    b.sql(i == 0 ? "" : " AND ").qualified(a, hop.targetColumns().get(i).name()).sql(" = ")
                            .qualified(p, hop.pivotToTarget().get(i).name());
                }
                b.sql(" WHERE ");
                for (int i = 0; i < hop.pivotToOwner().size(); i++) {
                    b.sql(i == 0 ? "" : " AND ").qualified(p, hop.pivotToOwner().get(i).name()).sql(" = ")
                            .column(outer.ref(), hop.ownerColumns().get(i).name());
                }
            }
            if (inner != null && !(inner instanceof SqlPredicate.Junction j && j.and() && j.parts().isEmpty())) {
                b.sql(" AND ");
                predicate(inner, target);
            }
        }

        void predicate(SqlPredicate p, Scope scope) {
            if (p instanceof SqlPredicate.Compare c) {
                b.column(scope.own(), c.column().name());
                b.sql(" " + c.operator() + " ").param(c.value(), c.column());
            } else if (p instanceof SqlPredicate.IsNull n) {
                b.column(scope.own(), n.column().name());
                b.sql(n.negated() ? " IS NOT NULL" : " IS NULL");
            } else if (p instanceof SqlPredicate.Not n) {
                b.sql("NOT (");
                predicate(n.inner(), scope);
                b.sql(")");
            } else if (p instanceof SqlPredicate.Junction j) {
                if (j.parts().isEmpty()) {
                    b.sql(j.and() ? "1 = 1" : "1 = 0");
                    return;
                }
                b.sql("(");
                for (int i = 0; i < j.parts().size(); i++) {
                    b.sql(i == 0 ? "" : j.and() ? " AND " : " OR ");
                    predicate(j.parts().get(i), scope);
                }
                b.sql(")");
            } else if (p instanceof SqlPredicate.In in) {
                in(in, scope);
            } else if (p instanceof SqlPredicate.Exists e) {
                b.sql("EXISTS (");
                related(e.hop(), e.inner(), scope, "1");
                b.sql(")");
            } else if (p instanceof SqlPredicate.AggregateCompare a) {
                expr(a.aggregate(), scope);
                b.sql(" " + a.operator() + " ").param(a.value(), a.type());
            }
        }

        private void in(SqlPredicate.In in, Scope scope) {
            List<ColumnModel> cols = in.columns();
            if (in.tuples().isEmpty()) {
                b.sql("1 = 0");
                return;
            }
            // columns bound untyped or as bit strings, and array columns, keep the list: one array parameter would need their type
            if (cols.size() == 1 && dialect.inListAsArray(in.tuples().size(), cols.get(0).type())
                    && dialect.nativeBinding(cols.get(0).type(), cols.get(0).sqlType()) == Dialect.NativeBinding.PLAIN) {
                Object[] values = new Object[in.tuples().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.tuples().get(i).get(0);
                }
                b.column(scope.own(), cols.get(0).name()).sql(" = ANY(").arrayParam(values, cols.get(0)).sql(")");
            } else if (cols.size() == 1) {
                b.column(scope.own(), cols.get(0).name()).sql(" IN (");
                for (int i = 0; i < in.tuples().size(); i++) {
                    b.sql(i == 0 ? "" : ", ").param(in.tuples().get(i).get(0), cols.get(0));
                }
                b.sql(")");
            } else if (dialect.supportsRowValueIn()) {
                b.sql("(");
                for (int i = 0; i < cols.size(); i++) {
                    b.sql(i == 0 ? "" : ", ").column(scope.own(), cols.get(i).name());
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
                        b.sql(i == 0 ? "" : " AND ").column(scope.own(), cols.get(i).name());
                        b.sql(" = ").param(in.tuples().get(t).get(i), cols.get(i));
                    }
                    b.sql(")");
                }
                b.sql(")");
            }
        }

        SqlStatement build() {
            return checked(b, table);
        }
    }
}
