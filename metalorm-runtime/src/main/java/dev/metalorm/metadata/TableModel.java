package dev.metalorm.metadata;

import dev.metalorm.MetalOrmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One mapped table: its columns in declaration order, primary key, relations, and how to reach
 * the values of its Java objects. Immutable.
 */
public final class TableModel {
    private final String name;
    private final String schema;
    private final String source;
    private final Class<?> javaType;
    private final boolean classMapped;
    private final List<ColumnModel> columns;
    private final List<ColumnModel> primaryKey;
    private final List<RelationModel> relations;
    private final EntityAccessor accessor;
    private final boolean hasShadow;
    private final Map<String, ColumnModel> byName = new HashMap<>();
    private final Map<String, RelationModel> relationsByName = new HashMap<>();

    public TableModel(String name, String schema, String source, Class<?> javaType, boolean classMapped, List<ColumnModel> columns,
                      List<String> primaryKey, List<RelationModel> relations, EntityAccessor accessor) {
        this.name = Objects.requireNonNull(name, "name");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.source = Objects.requireNonNull(source, "source");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.classMapped = classMapped;
        this.columns = List.copyOf(columns);
        this.relations = List.copyOf(relations);
        this.accessor = Objects.requireNonNull(accessor, "accessor");
        this.hasShadow = this.columns.stream().anyMatch(ColumnModel::shadow);
        for (ColumnModel c : this.columns) {
            byName.put(c.name(), c);
        }
        for (ColumnModel c : this.columns) {
            byName.putIfAbsent(c.property(), c);
        }
        List<ColumnModel> pk = new ArrayList<>();
        for (String p : primaryKey) {
            pk.add(Objects.requireNonNull(byName.get(p), p));
        }
        this.primaryKey = List.copyOf(pk);
        for (RelationModel r : this.relations) {
            relationsByName.put(r.name(), r);
        }
    }

    public String name() {
        return name;
    }

    /**
     * The schema (database on MySQL/MariaDB) statements qualify the table with; empty for the
     * connection's current schema. Table names are unique in a model whatever their schema.
     */
    public String schema() {
        return schema;
    }

    /** Where the table was declared, for messages: a class name or {@code defineTable("posts")}. */
    public String source() {
        return source;
    }

    /** The entity class, or {@code Row} for defineTable tables. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether an entity class maps this table (else it is a defineTable table of rows). */
    public boolean classMapped() {
        return classMapped;
    }

    /** Every column: those mapped by fields (or row slots) in declaration order, then the shadow columns. */
    public List<ColumnModel> columns() {
        return columns;
    }

    /** Whether some column is held by no field (a foreign key mapped only by its belongsTo). */
    public boolean hasShadowColumns() {
        return hasShadow;
    }

    /** The primary key's columns; empty for a read-only table. */
    public List<ColumnModel> primaryKey() {
        return primaryKey;
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }

    public List<RelationModel> relations() {
        return relations;
    }

    public EntityAccessor accessor() {
        return accessor;
    }

    /** The column with this name, or else with this Java property name. */
    public Optional<ColumnModel> findColumn(String nameOrProperty) {
        return Optional.ofNullable(byName.get(nameOrProperty));
    }

    public ColumnModel column(String nameOrProperty) {
        ColumnModel c = byName.get(nameOrProperty);
        if (c == null) {
            throw new MetalOrmException("Table " + name + " (" + source + ") has no column or property \"" + nameOrProperty
                    + "\"; its columns are " + columnNames());
        }
        return c;
    }

    public List<ColumnModel> columns(List<String> names) {
        List<ColumnModel> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(column(n));
        }
        return out;
    }

    public Optional<ColumnModel> generatedColumn() {
        return columns.stream().filter(ColumnModel::generated).findFirst();
    }

    public Optional<RelationModel> findRelation(String relationName) {
        return Optional.ofNullable(relationsByName.get(relationName));
    }

    public RelationModel relation(String relationName) {
        RelationModel r = relationsByName.get(relationName);
        if (r == null) {
            throw new MetalOrmException("Table " + name + " (" + source + ") has no relation \"" + relationName
                    + "\"; its relations are " + relations.stream().map(RelationModel::name).toList());
        }
        return r;
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnModel::name).toList();
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }
}
