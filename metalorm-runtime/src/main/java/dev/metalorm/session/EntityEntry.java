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
    /** The primary key the session knows the row by; null while NEW. */
    KeyValues key;
    /**
     * The live relation wrappers by relation index: for a table of one relation (most child tables)
     * the wrapper itself, as an array per row was a fourteenth of a big session's objects; else an
     * array; null for a table without relations.
     */
    private Object wrappers;
    /**
     * The pending foreign-key assignment by a wrapper when there is one (nearly every row: a child
     * of one collection), without a map: the map per new child was a fifth of a big session's memory.
     */
    private Link onlyLink;
    /** Pending foreign-key assignments by foreign-key column names, once a second foreign key is linked; else null. */
    private java.util.Map<List<String>, Link> links;
    /** Kept by {@link Entries}: whether the session holds this entry, and in which of its epochs its order list took it in (0: none). */
    boolean present;
    int listedIn;
    /** The values of the shadow columns (no field holds them), by column index; null when the table has none. */
    private final Object[] shadow;

    EntityEntry(TableModel table, Object entity, long sequence, State state) {
        this.table = table;
        this.entity = entity;
        this.sequence = sequence;
        this.state = state;
        int relations = table.relations().size();
        this.wrappers = relations > 1 ? new RelationWrapper[relations] : null;
        this.shadow = table.hasShadowColumns() ? new Object[table.columns().size()] : null;
    }

    int wrapperCount() {
        return table.relations().size();
    }

    /** The live wrapper of the relation of this index (null until the session put it in). */
    RelationWrapper wrapper(int index) {
        if (wrappers instanceof RelationWrapper[] all) {
            return all[index];
        }
        java.util.Objects.checkIndex(index, wrapperCount());
        return (RelationWrapper) wrappers;
    }

    void putWrapper(int index, RelationWrapper wrapper) {
        if (wrappers instanceof RelationWrapper[] all) {
            all[index] = wrapper;
        } else {
            java.util.Objects.checkIndex(index, wrapperCount());
            wrappers = wrapper;
        }
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

    /** The pending links, in the order their foreign keys were first linked (read only). */
    java.util.Collection<Link> links() {
        if (links != null) {
            return links.values();
        }
        return onlyLink == null ? List.of() : List.of(onlyLink);
    }

    /** The pending link of these foreign-key columns, or null. */
    Link link(List<String> foreignKey) {
        if (links != null) {
            return links.get(foreignKey);
        }
        return onlyLink != null && named(onlyLink.foreignKey(), foreignKey) ? onlyLink : null;
    }

    /** The only pending link, or null when there is none or more than one. */
    Link onlyLink() {
        return onlyLink;
    }

    boolean hasLinks() {
        return onlyLink != null || links != null;
    }

    void putLink(Link link) {
        if (links == null) {
            if (onlyLink == null || onlyLink.foreignKey() == link.foreignKey()
                    || named(onlyLink.foreignKey(), names(link.foreignKey()))) {
                onlyLink = link;
                return;
            }
            links = new java.util.LinkedHashMap<>(4);
            links.put(names(onlyLink.foreignKey()), onlyLink);
            onlyLink = null;
        }
        links.put(names(link.foreignKey()), link);
    }

    void clearLinks() {
        onlyLink = null;
        links = null;
    }

    static boolean named(List<ColumnModel> columns, List<String> names) {
        if (columns.size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!columns.get(i).name().equals(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(List<ColumnModel> columns) {
        if (columns.size() == 1) {
            return List.of(columns.get(0).name());
        }
        String[] out = new String[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).name();
        }
        return List.of(out);
    }

    /** The values now, as a snapshot keeps them ({@link #snapshotOf}). */
    Object[] currentValues() {
        Object[] values = new Object[table.columns().size()];
        for (ColumnModel c : table.columns()) {
            values[c.index()] = detached(get(c));
        }
        return values;
    }

    /**
     * A snapshot of these values (the first {@code size}): arrays (BLOBs as {@code byte[]}, SQL arrays)
     * copied, since the entity holds the same instances; a snapshot sharing them saw a change made in
     * place ({@code doc.getData()[0] = 9}) as no change, and the flush wrote nothing.
     */
    static Object[] snapshotOf(Object[] values, int size) {
        Object[] out = java.util.Arrays.copyOf(values, size);
        for (int i = 0; i < out.length; i++) {
            out[i] = detached(out[i]);
        }
        return out;
    }

    private static Object detached(Object value) {
        if (value instanceof byte[] b) {
            return b.clone();
        }
        if (value instanceof Object[] a) {
            Object[] copy = a.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = detached(copy[i]);
            }
            return copy;
        }
        return value;
    }

    List<Object> values(List<ColumnModel> columns) {
        if (columns.size() == 1) { // a foreign key or generated key: nearly every call
            return KeyValues.one(get(columns.get(0)));
        }
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(columns.get(i));
        }
        return KeyValues.owning(out);
    }

    KeyValues currentKey() {
        return KeyValues.of(values(table.primaryKey()));
    }

    @Override
    public String toString() {
        return table.name() + (key == null ? "(new)" : key.toString());
    }
}
