package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.SqlPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set-based UPDATE: {@code session.update(User.class).set("active", false).where(lt("last_login", t)).execute()}.
 * Pending changes are flushed first; afterwards the session's instances of the table are read
 * again and the loaded relations the change may affect are unloaded. Without a condition it
 * refuses to run unless {@link #all()} says every row is meant. A {@code @Version} column is
 * advanced on every changed row (an integer by one, a timestamp to now), so that instances other
 * sessions read before fail their optimistic check instead of overwriting the change.
 */
public final class Update<T> {
    private final QueryRunner runner;
    private final TableModel table;
    private final Resolver resolver;
    private final List<ColumnModel> columns = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final List<SqlPredicate> conditions = new ArrayList<>();
    private boolean all;

    public Update(QueryRunner runner, TableModel table) {
        this.runner = runner;
        this.table = table;
        this.resolver = new Resolver(runner.model());
        Writes.requireKey(table, "update");
    }

    /** Sets a column on every matching row; the value is bound, converted to the column's type. */
    public Update<T> set(String column, Object value) {
        ColumnModel c = table.column(column);
        if (table.primaryKey().contains(c)) {
            throw new MetalOrmException("update(" + table.name() + ").set(\"" + column + "\"): " + c.name() + " is part of the "
                    + "primary key, and the session keys its instances by it. Change keys with plain SQL (session.sql) and clear "
                    + "the session.");
        }
        if (c.version()) {
            throw new MetalOrmException("update(" + table.name() + ").set(\"" + column + "\"): " + c.name() + " is the @Version "
                    + "column; update() advances it on every row it changes.");
        }
        if (c.readOnly()) {
            throw new MetalOrmException("update(" + table.name() + ").set(\"" + column + "\"): " + c.name() + " is read-only "
                    + "(computed by the database).");
        }
        if (columns.contains(c)) {
            throw new MetalOrmException("update(" + table.name() + ") sets " + c.name() + " twice.");
        }
        if (value == null && !c.nullable()) {
            throw new MetalOrmException("update(" + table.name() + ").set(\"" + column + "\", null): " + c.name() + " is not nullable.");
        }
        columns.add(c);
        values.add(Values.coerce(table, c, value));
        return this;
    }

    public Update<T> where(Condition condition) {
        conditions.add(resolver.where(table, condition));
        return this;
    }

    public Update<T> whereHas(String relationPath, Consumer<Filter> filter) {
        return where(Where.has(relationPath, filter));
    }

    public Update<T> whereHas(String relationPath) {
        return where(Where.has(relationPath));
    }

    public Update<T> whereHasNot(String relationPath, Consumer<Filter> filter) {
        return where(Where.hasNot(relationPath, filter));
    }

    public Update<T> whereHasNot(String relationPath) {
        return where(Where.hasNot(relationPath));
    }

    /** Says that every row of the table is to be changed, which {@link #execute()} otherwise refuses. */
    public Update<T> all() {
        this.all = true;
        return this;
    }

    /** Runs the UPDATE; returns the number of rows it changed (as the database counts them). */
    public int execute() {
        if (columns.isEmpty()) {
            throw new MetalOrmException("update(" + table.name() + ") sets nothing; call set(column, value) first.");
        }
        Writes.requireCondition(table, "update", conditions, all);
        List<ColumnModel> set = new ArrayList<>(columns);
        List<Object> setValues = new ArrayList<>(values);
        ColumnModel incremented = null;
        ColumnModel version = table.columns().stream().filter(ColumnModel::version).findFirst().orElse(null);
        if (version != null) {
            switch (version.type()) {
                case SMALLINT, INTEGER, BIGINT -> incremented = version;
                default -> {
                    set.add(version);
                    setValues.add(Writes.now(version));
                }
            }
        }
        List<ColumnModel> changed = new ArrayList<>(set);
        if (incremented != null) {
            changed.add(incremented);
        }
        return runner.execute(table, List.of(runner.statements().updateWhere(table, set, setValues, incremented,
                SqlPredicate.allOf(conditions))), QueryRunner.WriteKind.UPDATE, changed);
    }
}
