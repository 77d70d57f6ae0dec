package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts rows or, where a row with the same conflict columns exists, updates it, in one
 * statement per row: {@code ON CONFLICT (…) DO UPDATE} on PostgreSQL (the conflict columns need a
 * unique constraint or index), {@code ON DUPLICATE KEY UPDATE} on MySQL/MariaDB (any unique key of
 * the table counts as the conflict), {@code MERGE} on H2.
 *
 * <pre>{@code
 * int rows = session.upsert(Tag.class).onConflict("label")
 *         .values(Map.of("label", "math")).values(Map.of("label", "history"))
 *         .execute();
 * }</pre>
 *
 * Pending changes are flushed first and the session's instances of the table are read again
 * after. For one entity, {@code session.upsert(entity, conflictColumns…)} returns it managed, with
 * its key.
 */
public final class Upsert<T> {
    private final QueryRunner runner;
    private final TableModel table;
    private List<ColumnModel> conflict;
    private List<ColumnModel> update;
    private final List<Map<ColumnModel, Object>> rows = new ArrayList<>();

    public Upsert(QueryRunner runner, TableModel table) {
        this.runner = runner;
        this.table = table;
        Writes.requireKey(table, "upsert");
        this.conflict = table.primaryKey();
    }

    /** The columns whose equal values make a row "the same" (default: the primary key). */
    public Upsert<T> onConflict(String... columns) {
        if (columns.length == 0) {
            throw new MetalOrmException("upsert(" + table.name() + ").onConflict() needs the columns of a unique key.");
        }
        List<ColumnModel> c = new ArrayList<>();
        for (String name : columns) {
            c.add(table.column(name));
        }
        this.conflict = c;
        return this;
    }

    /** The columns an existing row gets from the new values (default: every given column but the conflict ones). */
    public Upsert<T> update(String... columns) {
        List<ColumnModel> c = new ArrayList<>();
        for (String name : columns) {
            c.add(table.column(name));
        }
        this.update = c;
        return this;
    }

    /** One row, by column or property name; every row gives the same columns. */
    public Upsert<T> values(Map<String, ?> row) {
        Map<ColumnModel, Object> resolved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, ?> e : row.entrySet()) {
            ColumnModel c = table.column(e.getKey());
            if (c.readOnly()) {
                throw new MetalOrmException("upsert(" + table.name() + "): " + c.name() + " is read-only (computed by the database).");
            }
            if (resolved.containsKey(c)) {
                throw new MetalOrmException("upsert(" + table.name() + "): " + c.name() + " is given twice in one row.");
            }
            resolved.put(c, Values.coerce(table, c, e.getValue()));
        }
        if (!rows.isEmpty() && !rows.get(0).keySet().equals(resolved.keySet())) {
            throw new MetalOrmException("upsert(" + table.name() + "): every row gives the same columns; the first gave "
                    + names(rows.get(0).keySet()) + ", this one " + names(resolved.keySet()) + ".");
        }
        rows.add(resolved);
        return this;
    }

    /** Runs one upsert per row; returns how many rows were inserted or updated (each row once, whatever the database counts). */
    public int execute() {
        if (rows.isEmpty()) {
            return 0;
        }
        return runner.execute(table, statements(), QueryRunner.WriteKind.UPSERT, new ArrayList<>(rows.get(0).keySet()));
    }

    List<SqlStatement> statements() {
        List<ColumnModel> columns = new ArrayList<>(rows.get(0).keySet());
        for (ColumnModel c : conflict) {
            if (!columns.contains(c)) {
                throw new MetalOrmException("upsert(" + table.name() + ") on conflict " + names(conflict) + " needs a value for "
                        + c.name() + " in every row; the rows give " + names(columns) + ".");
            }
        }
        List<ColumnModel> set = update;
        if (set == null) {
            set = columns.stream().filter(c -> !conflict.contains(c)).toList();
        } else {
            for (ColumnModel c : set) {
                if (!columns.contains(c) || conflict.contains(c)) {
                    throw new MetalOrmException("upsert(" + table.name() + ").update(" + c.name() + "): the columns to update "
                            + "must be given in the rows and not be conflict columns " + names(conflict) + ".");
                }
            }
        }
        if (set.isEmpty()) {
            set = List.of(conflict.get(0)); // nothing else to change: a no-op update, so that an existing row still counts
        }
        List<SqlStatement> out = new ArrayList<>(rows.size());
        for (Map<ColumnModel, Object> row : rows) {
            out.add(runner.statements().upsert(table, columns, new ArrayList<>(row.values()), conflict, set));
        }
        return out;
    }

    List<ColumnModel> conflict() {
        return conflict;
    }

    private static List<String> names(java.util.Collection<ColumnModel> columns) {
        Set<String> out = new LinkedHashSet<>();
        for (ColumnModel c : columns) {
            out.add(c.name());
        }
        return List.copyOf(out);
    }

    /**
     * Upserts one entity (or row) not in the session: its columns (a null generated key, null
     * columns with a database default and read-only ones left out), then reads the row back by the
     * conflict columns and returns the session's instance for it: the entity itself, now managed
     * with its key and the stored values, or the instance the session already held for that row
     * (refreshed).
     */
    public static Object entity(QueryRunner runner, TableModel table, Object entity, String... conflictColumns) {
        if (runner.holds(entity)) {
            throw new MetalOrmException("upsert(" + entity + "): it is already in this session; change it and flush instead.");
        }
        Upsert<Object> u = new Upsert<>(runner, table);
        if (conflictColumns.length > 0) {
            u.onConflict(conflictColumns);
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (ColumnModel c : table.columns()) {
            Object v = runner.value(entity, c);
            if (v == null && (c.generated() || c.hasDefault()) || c.readOnly()) {
                if (v == null && u.conflict.contains(c)) {
                    throw new MetalOrmException("upsert of a " + table.name() + " row on conflict " + names(u.conflict) + ": "
                            + c.name() + " is null" + (c.generated() ? " (generated); give it, or name a unique key: "
                            + "upsert(entity, \"column\")" : "") + ".");
                }
                continue;
            }
            if (v == null && u.conflict.contains(c)) {
                throw new MetalOrmException("upsert of a " + table.name() + " row on conflict " + names(u.conflict) + ": "
                        + c.name() + " is null.");
            }
            values.put(c.name(), v);
        }
        u.values(values);
        u.execute();
        List<dev.metalorm.sql.SqlPredicate> equal = new ArrayList<>();
        for (ColumnModel c : u.conflict) {
            equal.add(new dev.metalorm.sql.SqlPredicate.Compare(c, "=", u.rows.get(0).get(c)));
        }
        List<Object[]> found = runner.rows(runner.statements().select(table, dev.metalorm.sql.SqlPredicate.allOf(equal), List.of(),
                null, null), table.columns());
        if (found.size() != 1) {
            throw new MetalOrmException("upsert of a " + table.name() + " row: reading it back by " + names(u.conflict) + " found "
                    + found.size() + " rows; the conflict columns must be a unique key.");
        }
        return runner.adopt(table, entity, found.get(0));
    }
}
