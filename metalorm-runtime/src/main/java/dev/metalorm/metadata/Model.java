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
    /** By instance: the flush ranks every pending row, and a string key hashed per row showed in profiles. */
    private final Map<TableModel, Integer> flushRank = new java.util.IdentityHashMap<>();
    private final Map<String, List<ForeignKeyDependency>> byChild = new HashMap<>();
    private final Map<String, List<ForeignKeyDependency>> deferredByChild = new HashMap<>();
    private final Map<String, List<PivotLink>> pivotLinks = new HashMap<>();
    private final boolean mapsInstants;
    /** Tables in a cycle of NOT NULL foreign keys: no table order fits every flush, so their inserts go row by row. */
    private final java.util.Set<String> rowOrdered;

    Model(Map<String, TableModel> tablesSortedByName, List<String> flushOrder, List<ForeignKeyDependency> dependencies,
          java.util.Set<String> rowOrdered) {
        this.tables = tablesSortedByName;
        this.rowOrdered = java.util.Set.copyOf(rowOrdered);
        for (TableModel t : tables.values()) {
            if (t.classMapped()) {
                byJavaType.put(t.javaType(), t);
            }
        }
        List<TableModel> order = new ArrayList<>();
        for (String name : flushOrder) {
            flushRank.put(tables.get(name), order.size());
            order.add(tables.get(name));
        }
        this.flushOrder = List.copyOf(order);
        this.dependencies = List.copyOf(dependencies);
        for (ForeignKeyDependency d : this.dependencies) {
            byChild.computeIfAbsent(d.child(), k -> new ArrayList<>()).add(d);
            if (d.deferred()) {
                deferredByChild.computeIfAbsent(d.child(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, java.util.LinkedHashMap<String, PivotLink>> links = new java.util.TreeMap<>();
        for (TableModel t : tables.values()) {
            for (RelationModel r : t.relations()) {
                if (r instanceof RelationModel.BelongsToMany m) {
                    links.computeIfAbsent(m.owner(), k -> new java.util.LinkedHashMap<>())
                            .putIfAbsent(m.pivot() + m.pivotForeignKeyToRoot(), new PivotLink(m.pivot(), m.pivotForeignKeyToRoot(),
                                    m.localKey()));
                    links.computeIfAbsent(m.target(), k -> new java.util.LinkedHashMap<>())
                            .putIfAbsent(m.pivot() + m.pivotForeignKeyToTarget(), new PivotLink(m.pivot(),
                                    m.pivotForeignKeyToTarget(), m.targetKey()));
                }
            }
        }
        links.forEach((table, byPivot) -> pivotLinks.put(table, List.copyOf(byPivot.values())));
        this.mapsInstants = tables.values().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.type() == ColumnType.TIMESTAMPTZ);
    }

    /** Whether a column holds an Instant or OffsetDateTime (a timestamp with time zone). */
    public boolean mapsInstants() {
        return mapsInstants;
    }

    /**
     * Pivot rows of a many-to-many relation refer through {@code pivotColumns} to
     * {@code referenced} columns of a table: the links that go when one of its rows is deleted.
     */
    public record PivotLink(String pivot, List<String> pivotColumns, List<String> referenced) {
        public PivotLink {
            pivotColumns = List.copyOf(pivotColumns);
            referenced = List.copyOf(referenced);
        }
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
        return flushRank.get(tables.get(table));
    }

    /** {@link #flushRank(String)} of a table of this model (an equal instance from elsewhere goes by its name). */
    public int flushRank(TableModel table) {
        Integer rank = flushRank.get(table);
        return rank != null ? rank : flushRank(table.name());
    }

    public List<ForeignKeyDependency> dependencies() {
        return dependencies;
    }

    /** Dependencies broken to allow a cycle, for tables whose rows are inserted with these columns null. */
    public List<ForeignKeyDependency> deferredDependencies(String child) {
        return deferredByChild.getOrDefault(child, List.of());
    }

    /**
     * Whether the table is in a cycle of foreign keys none of which is nullable (Sakila's store and
     * staff): a flush inserting its rows orders all its new rows by what each one refers to.
     */
    public boolean ordersWritesByRow(TableModel table) {
        return !rowOrdered.isEmpty() && rowOrdered.contains(table.name());
    }

    /** The dependencies whose child is this table, self-references included. */
    public List<ForeignKeyDependency> dependenciesOf(String child) {
        return byChild.getOrDefault(child, List.of());
    }

    /** The pivot rows (of every many-to-many relation, declared on either side) that refer to rows of this table. */
    public List<PivotLink> pivotLinks(String table) {
        return pivotLinks.getOrDefault(table, List.of());
    }
}
