package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import java.util.List;

/** What a session knows about one instance: its table, state, and the values last seen in the database. */
final class EntityEntry {
    enum State { NEW, MANAGED, REMOVED }

    final TableModel table;
    final Object entity;
    final long sequence;
    State state;
    /** Column values as last read or written; null while NEW. */
    Object[] snapshot;
    EntityKey key;
    /** The live relation wrappers, by relation index. */
    final RelationWrapper[] wrappers;
    /** Pending foreign-key assignments by the wrappers, keyed by the foreign-key column names; null until the first. */
    private java.util.Map<List<String>, Link> links;
    /** The values of the shadow columns (no field holds them), by column index; null when the table has none. */
    private final Object[] shadow;

    EntityEntry(TableModel table, Object entity, long sequence, State state) {
        this.table = table;
        this.entity = entity;
        this.sequence = sequence;
        this.state = state;
        this.wrappers = new RelationWrapper[table.relations().size()];
        this.shadow = table.hasShadowColumns() ? new Object[table.columns().size()] : null;
    }

    /**
     * The column's value: the one place every value of a tracked instance is read, from its field
     * or, for a shadow column, from what the session keeps.
     */
    Object get(ColumnModel column) {
        return column.shadow() ? shadow[column.index()] : table.accessor().get(entity, column.index());
    }

    /** Sets the column's value: the one place every value of a tracked instance is written. */
    void set(ColumnModel column, Object value) {
        if (column.shadow()) {
            shadow[column.index()] = value;
        } else {
            table.accessor().set(entity, column.index(), value);
        }
    }

    /** The pending links (read only). */
    java.util.Map<List<String>, Link> links() {
        return links == null ? java.util.Map.of() : links;
    }

    boolean hasLinks() {
        return links != null && !links.isEmpty();
    }

    void putLink(List<String> foreignKey, Link link) {
        if (links == null) {
            links = new java.util.LinkedHashMap<>(4);
        }
        links.put(foreignKey, link);
    }

    void clearLinks() {
        links = null;
    }

    Object[] currentValues() {
        Object[] values = new Object[table.columns().size()];
        for (ColumnModel c : table.columns()) {
            values[c.index()] = get(c);
        }
        return values;
    }

    List<Object> values(List<ColumnModel> columns) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(columns.get(i));
        }
        return KeyValues.owning(out);
    }

    EntityKey currentKey() {
        return new EntityKey(table.name(), values(table.primaryKey()));
    }

    @Override
    public String toString() {
        return table.name() + (key == null ? "(new)" : key.values().toString());
    }
}
