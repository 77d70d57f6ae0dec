package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationKind;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.RelationHop;
import dev.metalorm.sql.SqlExpr;
import dev.metalorm.sql.SqlPredicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Resolves what users name by strings (columns, relation paths, conditions, selections) against
 * the model, once, when it is given to a query: a bad name or a value of the wrong type fails at
 * that call with the valid names or the column's type.
 */
final class Resolver {
    /** A selection resolved: its SQL, how its value is read, its Java type and its row-map key. */
    record Resolved(SqlExpr expr, ColumnModel reader, Class<?> javaType, String label, boolean aggregate) {
    }

    private final Model model;

    Resolver(Model model) {
        this.model = model;
    }

    Model model() {
        return model;
    }

    /** A WHERE condition on the table's columns and related rows. */
    SqlPredicate where(TableModel table, Condition c) {
        return predicate(table, c, false);
    }

    /** A HAVING condition: aggregates compared with values, and conditions on grouped columns. */
    SqlPredicate having(TableModel table, Condition c) {
        return predicate(table, c, true);
    }

    List<SqlPredicate> where(TableModel table, List<Condition> conditions) {
        List<SqlPredicate> out = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            out.add(where(table, c));
        }
        return out;
    }

    private SqlPredicate predicate(TableModel table, Condition c, boolean having) {
        if (c instanceof Condition.Comparison cmp) {
            ColumnModel col = table.column(cmp.column());
            if (cmp.operator() == Condition.Operator.LIKE) {
                if (col.type() != ColumnType.STRING) {
                    throw new MetalOrmException("Where.like on " + table.name() + "." + col.name() + ": the column holds "
                            + col.javaType().getSimpleName() + " values (" + col.type() + "); LIKE compares text columns only. Use "
                            + "eq, lt, gt or in for " + col.javaType().getSimpleName() + ".");
                }
                return new SqlPredicate.Compare(col, "LIKE", cmp.value());
            }
            return new SqlPredicate.Compare(col, cmp.operator().sql(), coerce(table, col, cmp.value()));
        } else if (c instanceof Condition.InValues in) {
            ColumnModel col = table.column(in.column());
            List<List<Object>> tuples = new ArrayList<>(in.values().size());
            for (Object v : in.values()) {
                if (v == null) {
                    throw new MetalOrmException("Where.in on " + table.name() + "." + col.name() + " got a null value; IN never "
                            + "matches NULL. Drop it and add Where.isNull(\"" + in.column() + "\") with or(...).");
                }
                tuples.add(Collections.singletonList(coerce(table, col, v)));
            }
            return new SqlPredicate.In(List.of(col), tuples);
        } else if (c instanceof Condition.Null n) {
            return new SqlPredicate.IsNull(table.column(n.column()), n.negated());
        } else if (c instanceof Condition.All all) {
            return new SqlPredicate.Junction(true, all.parts().stream().map(p -> predicate(table, p, having)).toList());
        } else if (c instanceof Condition.Any any) {
            return new SqlPredicate.Junction(false, any.parts().stream().map(p -> predicate(table, p, having)).toList());
        } else if (c instanceof Condition.Not not) {
            return new SqlPredicate.Not(predicate(table, not.inner(), having));
        } else if (c instanceof Condition.Related r) {
            if (having) {
                throw new MetalOrmException("having(...) on " + table.name() + " got a whereHas condition on \"" + r.path()
                        + "\"; filter related rows in where(...) or whereHas(...), before grouping.");
            }
            return exists(table, r);
        } else if (c instanceof Condition.AggregateComparison a) {
            if (!having) {
                throw new MetalOrmException("An aggregate condition (" + a.aggregate().label() + " " + a.operator().sql() + " "
                        + a.value() + ") was given to where(...) on " + table.name() + "; aggregates are compared in having(...) "
                        + "after groupBy(...).");
            }
            Resolved agg = selection(table, a.aggregate());
            Object value = aggregateValue(table, agg, a.value());
            return new SqlPredicate.AggregateCompare((SqlExpr.Aggregate) agg.expr(), a.operator().sql(), value, agg.reader().type());
        }
        throw new IllegalStateException(String.valueOf(c));
    }

    private static Object coerce(TableModel table, ColumnModel col, Object value) {
        return Values.coerce(table, col, value);
    }

    private Object aggregateValue(TableModel table, Resolved agg, Object value) {
        if (agg.reader().javaType() == agg.javaType() && !Number.class.isAssignableFrom(agg.javaType())) {
            return coerce(table, agg.reader(), value);
        }
        if (!(value instanceof Number n)) {
            throw new MetalOrmException("having(" + agg.label() + " ...) on " + table.name() + " compares a number; got "
                    + value.getClass().getSimpleName() + " (" + value + ").");
        }
        return Numbers.convert(n, agg.javaType(), () -> "having(" + agg.label() + " ...) on " + table.name());
    }

    /** Nested EXISTS along the path; the conditions apply to the path's last table. */
    private SqlPredicate exists(TableModel table, Condition.Related r) {
        List<RelationHop> hops = relationPath(table, r.path(), "whereHas");
        TableModel last = hops.get(hops.size() - 1).target();
        SqlPredicate inner = SqlPredicate.allOf(where(last, r.conditions()));
        for (int i = hops.size() - 1; i >= 0; i--) {
            inner = new SqlPredicate.Exists(hops.get(i), inner);
        }
        return r.negated() ? new SqlPredicate.Not(inner) : inner;
    }

    /** The relations along a dotted path, each of any kind. */
    List<RelationHop> relationPath(TableModel table, String path, String use) {
        if (path == null || path.isBlank()) {
            throw new MetalOrmException(use + " needs a relation name of " + table.name() + "; its relations are "
                    + relationNames(table) + ".");
        }
        List<RelationHop> hops = new ArrayList<>();
        TableModel current = table;
        for (String name : path.split("\\.", -1)) {
            Optional<RelationModel> r = current.findRelation(name);
            if (r.isEmpty()) {
                throw new MetalOrmException(use + "(\"" + path + "\"): table " + current.name() + " (" + current.source()
                        + ") has no relation \"" + name + "\"; its relations are " + relationNames(current) + ".");
            }
            RelationHop hop = RelationHop.of(model, current, r.get());
            hops.add(hop);
            current = hop.target();
        }
        return hops;
    }

    /**
     * A column of the table or, through belongsTo relations, of a table one row per row away:
     * {@code "author.name"}. A column whose own name contains a dot wins over a path.
     */
    SqlExpr.Column columnPath(TableModel table, String path, String use) {
        Optional<ColumnModel> own = table.findColumn(path);
        if (own.isPresent()) {
            return SqlExpr.Column.of(own.get());
        }
        if (!path.contains(".")) {
            throw new MetalOrmException(use + "(\"" + path + "\"): table " + table.name() + " (" + table.source()
                    + ") has no column or property \"" + path + "\"; its columns are " + table.columnNames()
                    + (table.relations().isEmpty() ? "" : ", and a belongsTo path such as \"relation.column\" reaches "
                    + "columns of related tables (relations: " + relationNames(table) + ")") + ".");
        }
        String[] parts = path.split("\\.", -1);
        List<RelationHop> hops = new ArrayList<>();
        TableModel current = table;
        for (int i = 0; i < parts.length - 1; i++) {
            Optional<RelationModel> r = current.findRelation(parts[i]);
            if (r.isEmpty()) {
                throw new MetalOrmException(use + "(\"" + path + "\"): table " + current.name() + " (" + current.source()
                        + ") has no relation \"" + parts[i] + "\"; its relations are " + relationNames(current) + ".");
            }
            RelationHop hop = RelationHop.of(model, current, r.get());
            if (!hop.singleValued()) {
                throw new MetalOrmException(use + "(\"" + path + "\"): " + current.name() + "." + parts[i] + " is a "
                        + kind(r.get()).function() + ", which gives several rows per " + current.name() + " row; only "
                        + "belongsTo paths can be ordered by, grouped by or selected. For a " + kind(r.get()).function()
                        + " use whereHas(\"" + parts[i] + "\", ...) or withCount(\"" + parts[i] + "\").");
            }
            hops.add(hop);
            current = hop.target();
        }
        TableModel last = current;
        ColumnModel col = last.findColumn(parts[parts.length - 1]).orElseThrow(() -> new MetalOrmException(use + "(\"" + path
                + "\"): table " + last.name() + " (" + last.source() + ") has no column or property \"" + parts[parts.length - 1]
                + "\"; its columns are " + last.columnNames() + "."));
        return new SqlExpr.Column(hops, col);
    }

    /** A selection resolved against the table. */
    Resolved selection(TableModel table, Selection s) {
        if (s instanceof Selection.Column c) {
            SqlExpr.Column col = columnPath(table, c.path(), "select");
            return new Resolved(col, col.column(), col.column().javaType(), c.label(), false);
        } else if (s instanceof Selection.Aggregate a) {
            return aggregate(table, a);
        }
        Selection.RelationCount rc = (Selection.RelationCount) s;
        if (rc.relation().contains(".")) {
            throw new MetalOrmException("countOf(\"" + rc.relation() + "\") on " + table.name() + " takes one relation of "
                    + table.name() + ", not a path; count nested rows with a filter: countOf(\"" + rc.relation().split("\\.")[0]
                    + "\", w -> w.whereHas(...)). Relations: " + relationNames(table) + ".");
        }
        RelationHop hop = relationPath(table, rc.relation(), "countOf").get(0);
        SqlPredicate filter = SqlPredicate.allOf(where(hop.target(), rc.conditions()));
        return new Resolved(new SqlExpr.RelationCount(hop, filter), reader(rc.label(), ColumnType.BIGINT, Long.class), Long.class,
                rc.label(), false);
    }

    private Resolved aggregate(TableModel table, Selection.Aggregate a) {
        String fn = a.function().name();
        if (a.column() == null) {
            return new Resolved(new SqlExpr.Aggregate(fn, null, false), reader(a.label(), ColumnType.BIGINT, Long.class),
                    Long.class, a.label(), true);
        }
        SqlExpr.Column col = columnPath(table, a.column(), a.function().name().toLowerCase(java.util.Locale.ROOT));
        ColumnModel c = col.column();
        SqlExpr.Aggregate expr = new SqlExpr.Aggregate(fn, col, a.distinct());
        String where = fn.toLowerCase(java.util.Locale.ROOT) + "(\"" + a.column() + "\") on " + table.name() + ": "
                + c.name() + " holds " + c.javaType().getSimpleName() + " values";
        return switch (a.function()) {
            case COUNT -> new Resolved(expr, reader(a.label(), ColumnType.BIGINT, Long.class), Long.class, a.label(), true);
            case SUM -> switch (c.type()) {
                case SMALLINT, INTEGER, BIGINT -> new Resolved(expr, reader(a.label(), ColumnType.BIGINT, Long.class), Long.class,
                        a.label(), true);
                case DECIMAL -> new Resolved(expr, reader(a.label(), ColumnType.DECIMAL, BigDecimal.class), BigDecimal.class,
                        a.label(), true);
                case DOUBLE, FLOAT -> new Resolved(expr, reader(a.label(), ColumnType.DOUBLE, Double.class), Double.class,
                        a.label(), true);
                default -> throw new MetalOrmException(where + "; sum and avg need a numeric column.");
            };
            case AVG -> switch (c.type()) {
                case SMALLINT, INTEGER, BIGINT, DOUBLE, FLOAT -> new Resolved(expr, reader(a.label(), ColumnType.DOUBLE,
                        Double.class), Double.class, a.label(), true);
                case DECIMAL -> new Resolved(expr, reader(a.label(), ColumnType.DECIMAL, BigDecimal.class), BigDecimal.class,
                        a.label(), true);
                default -> throw new MetalOrmException(where + "; sum and avg need a numeric column.");
            };
            case MIN, MAX -> switch (c.type()) {
                case BOOLEAN, JSON, BYTES, UUID -> throw new MetalOrmException(where + "; min and max need an ordered column "
                        + "(numbers, text, dates and times).");
                default -> new Resolved(expr, new ColumnModel(0, a.label(), a.label(), c.type(), c.javaType(), true, false, false,
                        false, false, false, c.sqlType()), c.javaType(), a.label(), true);
            };
        };
    }

    /** A column model that only says how to read a computed value. */
    static ColumnModel reader(String label, ColumnType type, Class<?> javaType) {
        return new ColumnModel(0, label, label, type, javaType, true, false, false, false, false, false, "");
    }

    static List<String> relationNames(TableModel table) {
        return table.relations().stream().map(RelationModel::name).toList();
    }

    static RelationKind kind(RelationModel r) {
        if (r instanceof RelationModel.HasMany) {
            return RelationKind.HAS_MANY;
        } else if (r instanceof RelationModel.HasOne) {
            return RelationKind.HAS_ONE;
        } else if (r instanceof RelationModel.BelongsTo) {
            return RelationKind.BELONGS_TO;
        }
        return RelationKind.BELONGS_TO_MANY;
    }
}
