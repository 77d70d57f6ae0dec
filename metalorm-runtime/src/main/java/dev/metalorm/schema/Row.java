package dev.metalorm.schema;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import dev.metalorm.relation.ManyToManyCollection;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of a {@code defineTable} table: column values by name and the table's relations. Like an
 * entity, it is one instance per database row within a session; relations are available once
 * the row is persisted or loaded. Not thread-safe.
 */
public final class Row {
    private final TableDefinition table;
    final Object[] values;
    final Object[] relations;

    Row(TableDefinition table) {
        this.table = table;
        this.values = new Object[table.columns().size()];
        this.relations = new Object[table.relations().size()];
    }

    public TableDefinition table() {
        return table;
    }

    public Object get(String column) {
        return values[index(column)];
    }

    public <T> T get(String column, Class<T> type) {
        Object v = values[index(column)];
        if (v == null) {
            return null;
        }
        if (!ColumnType.boxed(type).isInstance(v)) {
            throw new MetalOrmException("Column " + table.name() + "." + column + " holds a " + v.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
    }

    /** Sets a column; numbers are converted to the column's integer or decimal type when exact. */
    public Row set(String column, Object value) {
        int i = index(column);
        ColumnDef def = table.columns().get(i);
        values[i] = coerce(def, value);
        return this;
    }

    /** The column values by name, in column order. */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(table.columns().get(i).name(), values[i]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public HasManyCollection<Row> hasMany(String relation) {
        return (HasManyCollection<Row>) relation(relation, HasManyCollection.class);
    }

    @SuppressWarnings("unchecked")
    public HasOneReference<Row> hasOne(String relation) {
        return (HasOneReference<Row>) relation(relation, HasOneReference.class);
    }

    @SuppressWarnings("unchecked")
    public BelongsToReference<Row> belongsTo(String relation) {
        return (BelongsToReference<Row>) relation(relation, BelongsToReference.class);
    }

    @SuppressWarnings("unchecked")
    public ManyToManyCollection<Row> belongsToMany(String relation) {
        return (ManyToManyCollection<Row>) relation(relation, ManyToManyCollection.class);
    }

    private Object relation(String relation, Class<?> kind) {
        int i = table.relationIndex(relation);
        if (i < 0) {
            throw new MetalOrmException(table + " has no relation \"" + relation + "\"; its relations are "
                    + table.relations().stream().map(RelationDef::name).toList());
        }
        Object wrapper = relations[i];
        if (wrapper == null) {
            throw new MetalOrmException("Relation " + table.name() + "." + relation + " is not available: this row is not "
                    + "managed by a session. Persist it or load it through a session first.");
        }
        if (!kind.isInstance(wrapper)) {
            throw new MetalOrmException("Relation " + table.name() + "." + relation + " is a "
                    + table.relations().get(i).kind().function() + ", not a " + kind.getSimpleName());
        }
        return wrapper;
    }

    private int index(String column) {
        int i = table.columnIndex(column);
        if (i < 0) {
            throw new MetalOrmException(table + " has no column \"" + column + "\"; its columns are "
                    + table.columns().stream().map(ColumnDef::name).toList());
        }
        return i;
    }

    private Object coerce(ColumnDef def, Object value) {
        if (value == null || def.javaType().isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            Class<?> t = def.javaType();
            try {
                if (t == Integer.class) {
                    return new BigDecimal(n.toString()).intValueExact();
                } else if (t == Long.class) {
                    return new BigDecimal(n.toString()).longValueExact();
                } else if (t == Short.class) {
                    return new BigDecimal(n.toString()).shortValueExact();
                } else if (t == BigDecimal.class) {
                    return new BigDecimal(n.toString());
                }
            } catch (ArithmeticException e) {
                throw new MetalOrmException("Column " + table.name() + "." + def.name() + " cannot hold " + n + " as "
                        + t.getSimpleName());
            }
        }
        throw new MetalOrmException("Column " + table.name() + "." + def.name() + " holds " + def.javaType().getSimpleName()
                + " values, not " + value.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return table.name() + values();
    }

    // identity semantics, like entities: one instance per row within a session
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
