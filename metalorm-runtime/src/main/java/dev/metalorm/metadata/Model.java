package dev.metalorm.metadata;

import dev.metalorm.MetalOrmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable, validated model: tables by name (sorted), the flush order, the foreign-key
 * dependencies the order came from. Built only by {@link ModelBuilder}.
 */
public final class Model {
    private final Map<String, TableModel> tables;
    private final Map<Class<?>, TableModel> byJavaType = new HashMap<>();
    private final List<TableModel> flushOrder;
    private final List<ForeignKeyDependency> dependencies;
    private final Map<String, Integer> flushRank = new HashMap<>();

    Model(Map<String, TableModel> tablesSortedByName, List<String> flushOrder, List<ForeignKeyDependency> dependencies) {
        this.tables = tablesSortedByName;
        for (TableModel t : tables.values()) {
            if (t.classMapped()) {
                byJavaType.put(t.javaType(), t);
            }
        }
        List<TableModel> order = new ArrayList<>();
        for (String name : flushOrder) {
            flushRank.put(name, order.size());
            order.add(tables.get(name));
        }
        this.flushOrder = List.copyOf(order);
        this.dependencies = List.copyOf(dependencies);
    }

    /** Every table, sorted by name. */
    public Collection<TableModel> tables() {
        return tables.values();
    }

    public Optional<TableModel> findTable(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public TableModel table(String name) {
        TableModel t = tables.get(name);
        if (t == null) {
            throw new MetalOrmException("Table " + name + " is not in this MetalOrm's model; its tables are " + tables.keySet()
                    + ". Add its entity class or table definition when building MetalOrm.");
        }
        return t;
    }

    /** The table mapped by an entity class (or one of its subclasses' superclass chain). */
    public TableModel table(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            TableModel t = byJavaType.get(c);
            if (t != null) {
                return t;
            }
        }
        throw new MetalOrmException(type.getName() + " is not an entity of this MetalOrm; its entities are "
                + byJavaType.keySet().stream().map(Class::getName).sorted().toList()
                + ". Add it to MetalOrm.builder().entities(...).");
    }

    /** Parents before children. */
    public List<TableModel> flushOrder() {
        return flushOrder;
    }

    /** Position in the flush order: lower inserts first and deletes last. */
    public int flushRank(String table) {
        return flushRank.get(table);
    }

    public List<ForeignKeyDependency> dependencies() {
        return dependencies;
    }

    /** Dependencies broken to allow a cycle, for tables whose rows are inserted with these columns null. */
    public List<ForeignKeyDependency> deferredDependencies(String child) {
        return dependencies.stream().filter(d -> d.deferred() && d.child().equals(child)).toList();
    }
}
