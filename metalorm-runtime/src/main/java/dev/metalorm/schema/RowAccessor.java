package dev.metalorm.schema;

import dev.metalorm.metadata.EntityAccessor;

/** Reaches the values and relation slots of one table's {@link Row}s; internal to the runtime. */
public final class RowAccessor implements EntityAccessor {
    private final TableDefinition table;

    public RowAccessor(TableDefinition table) {
        this.table = table;
    }

    @Override
    public Object newInstance() {
        return new Row(table);
    }

    @Override
    public boolean handles(Object entity) {
        return entity instanceof Row r && r.table().name().equals(table.name());
    }

    @Override
    public Object get(Object entity, int column) {
        return ((Row) entity).values[column];
    }

    @Override
    public void set(Object entity, int column, Object value) {
        ((Row) entity).values[column] = value;
    }

    @Override
    public Object relation(Object entity, int relation) {
        return ((Row) entity).relations[relation];
    }

    @Override
    public void setRelation(Object entity, int relation, Object wrapper) {
        ((Row) entity).relations[relation] = wrapper;
    }
}
