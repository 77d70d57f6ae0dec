package dev.metalorm.metadata;

import dev.metalorm.MetadataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
        Map<String, ColumnDeclaration> version = new HashMap<>();
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
                    // BigInteger: MySQL's bigint unsigned auto_increment, whose keys pass Long.MAX_VALUE (issue 11 item 5)
                    boolean integral = c.type() == ColumnType.INTEGER || c.type() == ColumnType.BIGINT || c.type() == ColumnType.SMALLINT
                            || c.type() == ColumnType.DECIMAL && c.javaType() == java.math.BigInteger.class;
                    if (!integral) {
                        throw new MetadataException(c.origin() + ": a generated key must be an integer type (Integer, Long, Short, "
                                + "BigInteger), not " + c.javaType().getSimpleName() + ".");
                    }
                    generated = c;
                }
                if (c.version()) {
                    ColumnDeclaration other = version.putIfAbsent(t.name(), c);
                    if (other != null) {
                        throw new MetadataException(c.origin() + ": table " + t.name() + " has a second @Version column ("
                                + other.name() + " is one already). Keep one version column per table.");
                    }
                    boolean integer = c.type() == ColumnType.SMALLINT || c.type() == ColumnType.INTEGER || c.type() == ColumnType.BIGINT;
                    boolean timestamp = c.type() == ColumnType.TIMESTAMP || c.type() == ColumnType.TIMESTAMPTZ;
                    if (!integer && !timestamp || c.id() || c.readOnly()) {
                        throw new MetadataException(c.origin() + ": a @Version column must be an integer (Short, Integer, Long) "
                                + "or a timestamp (LocalDateTime, Instant, OffsetDateTime) that is neither key nor read-only, not "
                                + (c.id() ? "a key" : c.readOnly() ? "read-only" : c.javaType().getSimpleName()) + ".");
                    }
                }
                if (c.id()) {
                    pk.add(c.name());
                }
                if (c.type() == ColumnType.ENUM && c.javaType().isEnum()) {
                    EnumLabels.check(c.javaType()); // two constants with one label fail here, not at the first read
                }
                cols.add(new ColumnModel(cols.size(), c.name(), c.property(), c.type(), c.javaType(),
                        c.nullable() && !c.id(), c.generated(), c.unique(), c.hasDefault(), c.readOnly(), c.version(),
                        c.sqlType(), c.refreshedOnUpdate(), false));
            }
            columns.put(t.name(), cols);
            primaryKeys.put(t.name(), pk);
        }

        addShadowColumns(sorted, columns, primaryKeys);

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
        java.util.Set<String> rowOrdered = new TreeSet<>();
        List<String> order = flushOrder(tables, unique, resolved, rowOrdered);
        return new Model(tables, order, resolved, rowOrdered);
    }

    /**
     * A belongsTo whose foreign-key columns no field maps: they become shadow columns of the owner
     * (after its mapped ones), typed like the key they refer to and nullable, whose values the
     * session keeps. A column of a typo is then caught by the database at the first statement.
     */
    private static void addShadowColumns(Map<String, TableDeclaration> tables, Map<String, List<ColumnModel>> columns,
                                         Map<String, List<String>> primaryKeys) {
        for (TableDeclaration t : tables.values()) {
            List<ColumnModel> cols = columns.get(t.name());
            for (RelationDeclaration r : t.relations()) {
                TableDeclaration target = tables.get(r.target());
                if (r.kind() != RelationKind.BELONGS_TO || target == null) {
                    continue; // resolve() reports a missing target
                }
                List<String> targetKey = r.targetKey().isEmpty() ? primaryKeys.get(target.name()) : r.targetKey();
                if (targetKey.size() != r.foreignKey().size()) {
                    continue; // resolve() reports it
                }
                for (int i = 0; i < targetKey.size(); i++) {
                    String fk = r.foreignKey().get(i);
                    String referenced = targetKey.get(i);
                    ColumnModel ref = columns.get(target.name()).stream().filter(c -> c.name().equals(referenced)).findFirst()
                            .orElse(null);
                    if (fk.isBlank() || ref == null || cols.stream().anyMatch(c -> c.name().equals(fk))) {
                        continue;
                    }
                    cols.add(new ColumnModel(cols.size(), fk, fk, ref.type(), ref.javaType(), true, false, false, false, false,
                            false, ref.sqlType(), false, true));
                }
            }
        }
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
     * Kahn's algorithm over the tables, ties broken by table name (a heap of ready tables, so
     * linear in tables and dependencies up to the log factor). A self-reference is no dependency
     * between tables: rows of one table are ordered by their references at flush. When only
     * cycles remain, each strongly connected group of tables has its first dependency (by child,
     * then parent name) whose columns are all nullable deferred. A group with none (Sakila's store
     * and staff, each NOT NULL to the other) still gets an order, by its first dependency, and its
     * tables go into {@code rowOrdered}: a flush with new rows of them orders its inserts row by row.
     */
    private static List<String> flushOrder(Map<String, TableModel> tables, List<ForeignKeyDependency> dependencies,
                                           List<ForeignKeyDependency> resolved, java.util.Set<String> rowOrdered) {
        List<String> names = new ArrayList<>(tables.keySet()); // sorted: index order is name order
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int n = names.size();
        List<List<Integer>> outgoing = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outgoing.add(new ArrayList<>());
        }
        int[] waiting = new int[n];
        boolean[] deferred = new boolean[dependencies.size()];
        // passed over for the order only: NOT NULL, so never inserted NULL first
        boolean[] orderedByRow = new boolean[dependencies.size()];
        for (int d = 0; d < dependencies.size(); d++) {
            ForeignKeyDependency dep = dependencies.get(d);
            if (!dep.child().equals(dep.parent())) {
                outgoing.get(index.get(dep.parent())).add(d);
                waiting[index.get(dep.child())]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] placed = new boolean[n];
        List<String> order = new ArrayList<>(n);
        while (order.size() < n) {
            if (ready.isEmpty()) {
                for (int d : cycleBreakers(names, index, tables, dependencies, outgoing, placed, deferred, rowOrdered)) {
                    deferred[d] = true;
                    orderedByRow[d] = !nullable(tables, dependencies.get(d));
                    int child = index.get(dependencies.get(d).child());
                    if (--waiting[child] == 0) {
                        ready.add(child);
                    }
                }
                continue;
            }
            int next = ready.poll();
            placed[next] = true;
            order.add(names.get(next));
            for (int d : outgoing.get(next)) {
                if (!deferred[d]) {
                    int child = index.get(dependencies.get(d).child());
                    if (--waiting[child] == 0) {
                        ready.add(child);
                    }
                }
            }
        }
        for (int d = 0; d < dependencies.size(); d++) {
            resolved.add(deferred[d] && !orderedByRow[d] ? dependencies.get(d).asDeferred() : dependencies.get(d));
        }
        resolved.sort(Comparator.comparing(ForeignKeyDependency::child).thenComparing(ForeignKeyDependency::parent)
                .thenComparing(d -> d.childColumns().toString()));
        return order;
    }

    private static boolean nullable(Map<String, TableModel> tables, ForeignKeyDependency d) {
        return d.childColumns().stream().allMatch(c -> tables.get(d.child()).column(c).nullable());
    }

    /**
     * For each cycle among the tables not placed yet (a strongly connected group of two or more
     * tables), the dependency that breaks it: the first by child, then parent name, whose columns
     * are all nullable. A group without one is broken at its first dependency for the order, and
     * its tables are added to {@code rowOrdered}.
     */
    private static List<Integer> cycleBreakers(List<String> names, Map<String, Integer> index, Map<String, TableModel> tables,
                                               List<ForeignKeyDependency> dependencies, List<List<Integer>> outgoing,
                                               boolean[] placed, boolean[] deferred, java.util.Set<String> rowOrdered) {
        int[] group = stronglyConnected(names.size(), index, dependencies, outgoing, placed, deferred);
        Map<Integer, List<Integer>> inside = new TreeMap<>();
        for (int d = 0; d < dependencies.size(); d++) {
            ForeignKeyDependency dep = dependencies.get(d);
            int child = index.get(dep.child());
            int parent = index.get(dep.parent());
            if (!deferred[d] && child != parent && !placed[child] && !placed[parent] && group[child] == group[parent]) {
                inside.computeIfAbsent(group[child], g -> new ArrayList<>()).add(d);
            }
        }
        Comparator<ForeignKeyDependency> byName = Comparator.comparing(ForeignKeyDependency::child)
                .thenComparing(ForeignKeyDependency::parent).thenComparing(x -> x.childColumns().toString());
        List<Integer> out = new ArrayList<>();
        for (List<Integer> cycle : inside.values()) {
            Integer breaker = cycle.stream()
                    .filter(d -> nullable(tables, dependencies.get(d)))
                    .min(Comparator.comparing(dependencies::get, byName))
                    .orElse(null);
            if (breaker == null) {
                // no column to insert NULL into: new rows that do not refer to each other in a circle still have an
                // order (a new staff member of an existing store, a new store managed by an existing one), found per flush
                breaker = cycle.stream().min(Comparator.comparing(dependencies::get, byName)).orElseThrow();
                for (int d : cycle) {
                    rowOrdered.add(dependencies.get(d).child());
                }
            }
            out.add(breaker);
        }
        return out;
    }

    /**
     * Tarjan's strongly connected components over the tables not placed yet and the dependencies
     * not deferred, iteratively (models have thousands of tables); returns each table's group.
     */
    private static int[] stronglyConnected(int n, Map<String, Integer> index, List<ForeignKeyDependency> dependencies,
                                           List<List<Integer>> outgoing, boolean[] placed, boolean[] deferred) {
        int[] order = new int[n];
        int[] low = new int[n];
        int[] group = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(order, -1);
        java.util.Arrays.fill(group, -1);
        int[] stack = new int[n];
        int top = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int groups = 0;
        for (int start = 0; start < n; start++) {
            if (placed[start] || order[start] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = start;
            callEdge[0] = 0;
            order[start] = low[start] = counter++;
            stack[top++] = start;
            onStack[start] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                List<Integer> edges = outgoing.get(v);
                if (callEdge[depth] < edges.size()) {
                    int d = edges.get(callEdge[depth]++);
                    int w = index.get(dependencies.get(d).child());
                    if (deferred[d] || placed[w] || w == v) {
                        continue;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    if (low[v] == order[v]) {
                        int w;
                        do {
                            w = stack[--top];
                            onStack[w] = false;
                            group[w] = groups;
                        } while (w != v);
                        groups++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return group;
    }
}
