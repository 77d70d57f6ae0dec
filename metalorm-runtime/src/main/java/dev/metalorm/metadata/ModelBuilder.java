package dev.metalorm.metadata;

import dev.metalorm.MetadataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place where declarations from annotations and from {@code defineTable} are resolved and
 * validated into a {@link Model}. Every problem is a {@link MetadataException} naming where it was
 * declared, what is wrong and what to do.
 */
public final class ModelBuilder {
    private final Map<String, TableDeclaration> declarations = new LinkedHashMap<>();

    /** Adds a table; declaring the same table name twice is an error. */
    public ModelBuilder add(TableDeclaration declaration) {
        TableDeclaration previous = declarations.get(declaration.name());
        if (previous != null) {
            if (previous.source().equals(declaration.source())) {
                return this;
            }
            throw new MetadataException("Table " + declaration.name() + " is declared twice: by " + previous.source()
                    + " and by " + declaration.source() + ". Declare each table once.");
        }
        declarations.put(declaration.name(), declaration);
        return this;
    }

    public boolean contains(String tableName) {
        return declarations.containsKey(tableName);
    }

    public Model build() {
        Map<String, TableDeclaration> sorted = new TreeMap<>(declarations);
        Map<String, List<ColumnModel>> columns = new TreeMap<>();
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        for (TableDeclaration t : sorted.values()) {
            List<ColumnModel> cols = new ArrayList<>();
            List<String> pk = new ArrayList<>();
            ColumnDeclaration generated = null;
            for (ColumnDeclaration c : t.columns()) {
                for (ColumnModel existing : cols) {
                    if (existing.name().equals(c.name())) {
                        throw new MetadataException(c.origin() + ": column \"" + c.name() + "\" is mapped twice in table "
                                + t.name() + ". Map each column once.");
                    }
                }
                if (c.generated()) {
                    if (generated != null) {
                        throw new MetadataException(c.origin() + ": table " + t.name() + " has a second generated key column ("
                                + generated.name() + " is already generated). Only one column per table can be database-generated.");
                    }
                    if (c.type() != ColumnType.INTEGER && c.type() != ColumnType.BIGINT && c.type() != ColumnType.SMALLINT) {
                        throw new MetadataException(c.origin() + ": a generated key must be an integer type (Integer, Long, Short), not "
                                + c.javaType().getSimpleName() + ".");
                    }
                    generated = c;
                }
                if (c.id()) {
                    pk.add(c.name());
                }
                cols.add(new ColumnModel(cols.size(), c.name(), c.property(), c.type(), c.javaType(),
                        c.nullable() && !c.id(), c.generated(), c.unique(), c.hasDefault(), c.readOnly(), c.version(),
                        c.sqlType()));
            }
            columns.put(t.name(), cols);
            primaryKeys.put(t.name(), pk);
        }

        Map<String, TableModel> tables = new TreeMap<>();
        List<ForeignKeyDependency> dependencies = new ArrayList<>();
        for (TableDeclaration t : sorted.values()) {
            List<RelationModel> relations = new ArrayList<>();
            for (RelationDeclaration r : t.relations()) {
                relations.add(resolve(t, r, relations.size(), sorted, columns, primaryKeys, dependencies));
            }
            tables.put(t.name(), new TableModel(t.name(), t.schema(), t.source(), t.javaType(), t.classMapped(), columns.get(t.name()),
                    primaryKeys.get(t.name()), relations, t.accessor()));
        }
        List<ForeignKeyDependency> unique = distinct(dependencies);
        List<ForeignKeyDependency> resolved = new ArrayList<>();
        List<String> order = flushOrder(tables, unique, resolved);
        return new Model(tables, order, resolved);
    }

    private RelationModel resolve(TableDeclaration owner, RelationDeclaration r, int index, Map<String, TableDeclaration> tables,
                                  Map<String, List<ColumnModel>> columns, Map<String, List<String>> primaryKeys,
                                  List<ForeignKeyDependency> dependencies) {
        TableDeclaration target = tables.get(r.target());
        if (target == null) {
            throw new MetadataException(r.origin() + ": target table " + r.target() + " is not declared. Declare it with "
                    + "@Entity or defineTable and add it to the MetalOrm.");
        }
        switch (r.kind()) {
            case HAS_MANY, HAS_ONE -> {
                List<String> fk = required(r, "foreignKey", r.foreignKey());
                checkColumns(r, "foreignKey", fk, target, columns);
                List<String> local = keyOrPrimary(r, "localKey", r.localKey(), owner, primaryKeys);
                checkColumns(r, "localKey", local, owner, columns);
                sameSize(r, "foreignKey", fk, "localKey", local);
                dependencies.add(new ForeignKeyDependency(target.name(), fk, owner.name(), local,
                        false));
                return r.kind() == RelationKind.HAS_MANY
                        ? new RelationModel.HasMany(index, r.name(), owner.name(), target.name(), fk, local, r.cascade())
                        : new RelationModel.HasOne(index, r.name(), owner.name(), target.name(), fk, local, r.cascade());
            }
            case BELONGS_TO -> {
                List<String> fk = required(r, "foreignKey", r.foreignKey());
                checkColumns(r, "foreignKey", fk, owner, columns);
                List<String> targetKey = keyOrPrimary(r, "targetKey", r.targetKey(), target, primaryKeys);
                checkColumns(r, "targetKey", targetKey, target, columns);
                sameSize(r, "foreignKey", fk, "targetKey", targetKey);
                dependencies.add(new ForeignKeyDependency(owner.name(), fk, target.name(), targetKey, false));
                return new RelationModel.BelongsTo(index, r.name(), owner.name(), target.name(), fk, targetKey, r.cascade());
            }
            case BELONGS_TO_MANY -> {
                TableDeclaration pivot = r.pivot() == null ? null : tables.get(r.pivot());
                if (pivot == null) {
                    throw new MetadataException(r.origin() + ": pivot table " + r.pivot() + " is not declared. Declare it with "
                            + "@Entity or defineTable and add it to the MetalOrm.");
                }
                List<String> toRoot = required(r, "pivotForeignKeyToRoot", r.pivotForeignKeyToRoot());
                List<String> toTarget = required(r, "pivotForeignKeyToTarget", r.pivotForeignKeyToTarget());
                checkPivotColumns(r, "pivotForeignKeyToRoot", toRoot, pivot, columns);
                checkPivotColumns(r, "pivotForeignKeyToTarget", toTarget, pivot, columns);
                List<String> local = keyOrPrimary(r, "localKey", r.localKey(), owner, primaryKeys);
                checkColumns(r, "localKey", local, owner, columns);
                List<String> targetKey = keyOrPrimary(r, "targetKey", r.targetKey(), target, primaryKeys);
                checkColumns(r, "targetKey", targetKey, target, columns);
                sameSize(r, "pivotForeignKeyToRoot", toRoot, "localKey", local);
                sameSize(r, "pivotForeignKeyToTarget", toTarget, "targetKey", targetKey);
                dependencies.add(new ForeignKeyDependency(pivot.name(), toRoot, owner.name(), local, false));
                dependencies.add(new ForeignKeyDependency(pivot.name(), toTarget, target.name(), targetKey, false));
                return new RelationModel.BelongsToMany(index, r.name(), owner.name(), target.name(), pivot.name(), toRoot, toTarget,
                        local, targetKey, r.cascade());
            }
            default -> throw new IllegalStateException(r.kind().name());
        }
    }

    private static List<String> required(RelationDeclaration r, String attribute, List<String> key) {
        if (key.isEmpty() || key.stream().anyMatch(String::isBlank)) {
            throw new MetadataException(r.origin() + ": " + attribute + " is empty. Name the column(s), e.g. " + attribute
                    + " = \"user_id\".");
        }
        return key;
    }

    private static List<String> keyOrPrimary(RelationDeclaration r, String attribute, List<String> key, TableDeclaration table,
                                             Map<String, List<String>> primaryKeys) {
        if (!key.isEmpty()) {
            return key;
        }
        List<String> pk = primaryKeys.get(table.name());
        if (pk.isEmpty()) {
            throw new MetadataException(r.origin() + ": " + attribute + " defaults to the primary key of " + table.name() + " ("
                    + table.source() + "), which has none. Set " + attribute + " or mark the key with @Id/primaryKey().");
        }
        return pk;
    }

    private static void checkColumns(RelationDeclaration r, String attribute, List<String> key, TableDeclaration table,
                                     Map<String, List<ColumnModel>> columns) {
        for (String k : key) {
            if (columns.get(table.name()).stream().noneMatch(c -> c.name().equals(k))) {
                throw new MetadataException(r.origin() + ": " + attribute + " column \"" + k + "\" is not a column of "
                        + table.name() + " (" + table.source() + "); its columns are "
                        + columns.get(table.name()).stream().map(ColumnModel::name).toList() + ".");
            }
        }
    }

    private static void checkPivotColumns(RelationDeclaration r, String attribute, List<String> key, TableDeclaration pivot,
                                          Map<String, List<ColumnModel>> columns) {
        for (String k : key) {
            if (columns.get(pivot.name()).stream().noneMatch(c -> c.name().equals(k))) {
                throw new MetadataException(r.origin() + ": " + attribute + " column \"" + k + "\" is missing on pivot table "
                        + pivot.name() + " (" + pivot.source() + "); its columns are "
                        + columns.get(pivot.name()).stream().map(ColumnModel::name).toList() + ".");
            }
        }
    }

    private static void sameSize(RelationDeclaration r, String a, List<String> left, String b, List<String> right) {
        if (left.size() != right.size()) {
            throw new MetadataException(r.origin() + ": " + a + " " + left + " has " + left.size() + " column(s) but " + b + " "
                    + right + " has " + right.size() + ". Give both keys the same number of columns.");
        }
    }

    private static List<ForeignKeyDependency> distinct(List<ForeignKeyDependency> dependencies) {
        Map<String, ForeignKeyDependency> byKey = new TreeMap<>();
        for (ForeignKeyDependency d : dependencies) {
            byKey.putIfAbsent(d.child() + "\u0000" + d.childColumns() + "\u0000" + d.parent() + "\u0000" + d.parentColumns(), d);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * Kahn's algorithm, ties broken by table name. When only cycles remain, the first dependency
     * (by child, then parent name) inside them whose columns are all nullable is deferred; with none,
     * the cycle is refused.
     */
    private static List<String> flushOrder(Map<String, TableModel> tables, List<ForeignKeyDependency> dependencies,
                                           List<ForeignKeyDependency> resolved) {
        List<ForeignKeyDependency> active = new ArrayList<>(dependencies);
        List<ForeignKeyDependency> deferred = new ArrayList<>();
        while (true) {
            List<String> order = new ArrayList<>();
            TreeSet<String> remaining = new TreeSet<>(tables.keySet());
            boolean progress = true;
            while (progress && !remaining.isEmpty()) {
                progress = false;
                for (String candidate : remaining) {
                    boolean ready = active.stream().noneMatch(d -> d.child().equals(candidate) && remaining.contains(d.parent()));
                    if (ready) {
                        order.add(candidate);
                        remaining.remove(candidate);
                        progress = true;
                        break;
                    }
                }
            }
            if (remaining.isEmpty()) {
                for (ForeignKeyDependency d : active) {
                    resolved.add(d);
                }
                for (ForeignKeyDependency d : deferred) {
                    resolved.add(d.asDeferred());
                }
                resolved.sort(Comparator.comparing(ForeignKeyDependency::child).thenComparing(ForeignKeyDependency::parent)
                        .thenComparing(d -> d.childColumns().toString()));
                return order;
            }
            ForeignKeyDependency breakable = active.stream()
                    .filter(d -> remaining.contains(d.child()) && remaining.contains(d.parent()))
                    .filter(d -> d.childColumns().stream().allMatch(c -> tables.get(d.child()).column(c).nullable()))
                    .min(Comparator.comparing(ForeignKeyDependency::child).thenComparing(ForeignKeyDependency::parent))
                    .orElse(null);
            if (breakable == null) {
                List<String> cycle = active.stream()
                        .filter(d -> remaining.contains(d.child()) && remaining.contains(d.parent()))
                        .map(d -> d.child() + "." + d.childColumns() + " -> " + d.parent())
                        .sorted()
                        .toList();
                throw new MetadataException("Tables " + remaining + " form a foreign-key cycle (" + String.join(", ", cycle)
                        + ") with no nullable foreign key to break it. Make one of these foreign-key columns nullable "
                        + "(@Column(nullable = true), or drop notNull()) so the flush can insert NULL first and update it after.");
            }
            active.remove(breakable);
            deferred.add(breakable);
        }
    }
}
