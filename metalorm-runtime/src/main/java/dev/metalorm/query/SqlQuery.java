package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlParameter;
import dev.metalorm.sql.SqlStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A query written in SQL, run in the session: {@code session.sql("SELECT * FROM users WHERE email
 * LIKE ?", "%@x").list(User.class)}. Arguments are always bound, one per {@code ?}, never pasted
 * into the text. Into entities, columns are matched to the entity's columns by label (exactly,
 * else ignoring case) and rows go through the identity map; {@link #rows()} and {@link #scalar}
 * are not tracked.
 */
public final class SqlQuery {
    private final QueryRunner runner;
    private final String sql;
    private final List<SqlParameter> params;

    public SqlQuery(QueryRunner runner, String sql, Object... args) {
        if (sql == null || sql.isBlank()) {
            throw new MetalOrmException("sql(...) needs a statement.");
        }
        this.runner = runner;
        this.sql = sql;
        List<SqlParameter> p = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            boolean bindable = a == null || a instanceof OffsetDateTime || a instanceof Instant || a instanceof LocalDate
                    || a instanceof LocalTime || a instanceof LocalDateTime || ColumnType.forJavaType(a.getClass()).isPresent();
            if (!bindable) {
                throw new MetalOrmException("sql(...) argument " + (i + 1) + " is a " + a.getClass().getName() + ", which cannot "
                        + "be bound; bind one value per ? (" + ColumnType.supportedJavaTypes() + ").");
            }
            p.add(new SqlParameter(a instanceof Enum<?> e ? dev.metalorm.metadata.EnumLabels.label(e) : a, null));
        }
        this.params = p;
    }

    /**
     * The rows as entities of the class, through the identity map (a row the session holds comes
     * back as its instance, as it is). Every column of the entity must be in the result, matched
     * by label; a label that is not one of its columns is an error too.
     */
    public <T> List<T> list(Class<T> entityType) {
        TableModel table = runner.model().table(entityType);
        List<Object> out = entities(table, entityType.getSimpleName());
        List<T> typed = new ArrayList<>(out.size());
        for (Object o : out) {
            typed.add(entityType.cast(o));
        }
        return typed;
    }

    /** The rows as {@code Row}s of a defineTable table, like {@link #list(Class)}. */
    public List<dev.metalorm.schema.Row> list(dev.metalorm.schema.TableDefinition definition) {
        TableModel table = runner.model().table(definition.name());
        List<dev.metalorm.schema.Row> typed = new ArrayList<>();
        for (Object o : entities(table, definition.toString())) {
            typed.add((dev.metalorm.schema.Row) o);
        }
        return typed;
    }

    private List<Object> entities(TableModel table, String target) {
        int[] position = new int[table.columns().size()];
        List<Object[]> rows = runner.rawRows(statement(), labels -> readers(table, target, labels, position));
        return runner.guard(() -> {
            List<Object> out = new ArrayList<>(rows.size());
            for (Object[] raw : rows) {
                Object[] row = new Object[position.length];
                for (int i = 0; i < position.length; i++) {
                    row[i] = raw[position[i]];
                }
                Object e = runner.managed(table, row);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        });
    }

    /** Matches labels to columns: each label one column, each column one label. */
    private static List<ColumnModel> readers(TableModel table, String target, List<String> labels, int[] position) {
        java.util.Arrays.fill(position, -1);
        List<ColumnModel> readers = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            ColumnModel c = table.findColumn(label).orElse(null);
            if (c == null) {
                for (ColumnModel candidate : table.columns()) {
                    if (candidate.name().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                        c = candidate;
                    }
                }
            }
            if (c == null) {
                throw new MetalOrmException("sql(...).list(" + target + "): the result's column \"" + label + "\" is not a column of "
                        + table.name() + "; its columns are " + table.columnNames() + ". Select only those, or alias them (AS).");
            }
            if (position[c.index()] >= 0) {
                throw new MetalOrmException("sql(...).list(" + target + "): " + table.name() + "." + c.name() + " is in the result "
                        + "twice (labels \"" + labels.get(position[c.index()]) + "\" and \"" + label + "\").");
            }
            position[c.index()] = i;
            readers.add(c);
        }
        List<String> missing = new ArrayList<>();
        List<String> missingKey = new ArrayList<>();
        for (ColumnModel c : table.columns()) {
            if (position[c.index()] < 0) {
                (table.primaryKey().contains(c) ? missingKey : missing).add(c.name());
            }
        }
        if (!missingKey.isEmpty()) {
            throw new MetalOrmException("sql(...).list(" + target + "): the result has no column for the primary key " + missingKey
                    + " of " + table.name() + ", so its rows cannot be matched to the session's instances. Select it.");
        }
        if (!missing.isEmpty()) {
            throw new MetalOrmException("sql(...).list(" + target + "): the result has no column for " + missing + " of "
                    + table.name() + "; an entity is read whole (a partial one would be taken for the row). Select every "
                    + "column (SELECT t.* …), or read partial rows with rows().");
        }
        return readers;
    }

    /**
     * The rows as maps from column label to value, in result order: the driver's values, with
     * {@code java.sql} dates and times as {@code java.time}. Not tracked.
     */
    public List<Map<String, Object>> rows() {
        List<String> names = new ArrayList<>();
        List<Object[]> rows = runner.rawRows(statement(), labels -> {
            List<ColumnModel> none = new ArrayList<>();
            for (String l : labels) {
                if (names.contains(l)) {
                    throw new MetalOrmException("sql(...).rows(): the label \"" + l + "\" appears twice in the result; alias one "
                            + "(AS) so that each key of the row map is one column.");
                }
                names.add(l);
                none.add(null);
            }
            return none;
        });
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                m.put(names.get(i), row[i]);
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The one value of a one-column, one-row result as {@code type} (numbers converted exactly);
     * null when there is no row or the value is NULL.
     */
    public <V> V scalar(Class<V> type) {
        int[] columns = {0};
        List<Object[]> rows = runner.rawRows(statement(), labels -> {
            columns[0] = labels.size();
            List<ColumnModel> none = new ArrayList<>();
            labels.forEach(l -> none.add(null));
            return none;
        });
        if (columns[0] != 1) {
            throw new MetalOrmException("sql(...).scalar(" + type.getSimpleName() + ") needs a result of one column; got "
                    + columns[0] + ". Select one value, or use rows().");
        }
        if (rows.size() > 1) {
            throw new MetalOrmException("sql(...).scalar(" + type.getSimpleName() + ") needs at most one row; got " + rows.size()
                    + ". Aggregate or add a LIMIT, or use rows().");
        }
        Object v = rows.isEmpty() ? null : rows.get(0)[0];
        if (v == null) {
            return null;
        }
        Class<?> boxed = ColumnType.boxed(type);
        if (boxed.isInstance(v)) {
            @SuppressWarnings("unchecked")
            V typed = (V) v;
            return typed;
        }
        if (v instanceof Number n && Numbers.isNumber(boxed)) {
            @SuppressWarnings("unchecked")
            V typed = (V) Numbers.convert(n, boxed, () -> "sql(...).scalar(" + type.getSimpleName() + ")");
            return typed;
        }
        throw new MetalOrmException("sql(...).scalar(" + type.getSimpleName() + "): the value is a " + v.getClass().getName() + " ("
                + v + "), not a " + type.getSimpleName() + ".");
    }

    private SqlStatement statement() {
        return new SqlStatement(sql, params);
    }
}
