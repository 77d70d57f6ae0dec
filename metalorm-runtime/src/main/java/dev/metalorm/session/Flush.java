package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.OptimisticLockException;
import dev.metalorm.StatementException;
import dev.metalorm.jdbc.JdbcExecutor;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.ForeignKeyDependency;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import dev.metalorm.sql.Statements;
import dev.metalorm.sql.dialect.Dialect;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush's writes, whatever the order of the calls that caused them (Ebean's BatchControl is
 * the model): rows are grouped by table, in the model's foreign-key order, then by the shape of
 * their statement, and each group runs as one JDBC batch. Within a table, rows referring to rows of
 * the same table go in levels, parents first (children first for deletes). The order:
 * <ol>
 * <li>updates, except those pointing at a row inserted by this flush;</li>
 * <li>pivot rows of detached many-to-many links;</li>
 * <li>inserts, parents first; each row gets back what the database chose for it (generated key,
 * defaults of the columns left out, computed columns);</li>
 * <li>foreign keys inserted NULL to break a cycle, and the updates that waited for the inserts;</li>
 * <li>deletes, children first, each table's pivot links just before its rows;</li>
 * <li>pivot rows of attached links.</li>
 * </ol>
 * Nothing here commits: a failure is rethrown and the session rolls back.
 */
final class Flush {
    private final UnitOfWork session;
    private final Model model;
    private final Statements statements;
    private final Dialect dialect;
    private final JdbcExecutor jdbc;
    private final Connection connection;
    /** Rows given a generated key by this flush, whose keys are reset if the flush fails. */
    private final List<EntityEntry> keyed = new ArrayList<>();
    /** Foreign-key columns inserted NULL to break a cycle, set by an UPDATE once every row is in. */
    private final Map<EntityEntry, Set<ColumnModel>> deferred = new LinkedHashMap<>();
    /** Inserted rows whose values change again later in this flush: the session takes them in when it is done. */
    private final List<EntityEntry> insertedLate = new ArrayList<>();

    Flush(UnitOfWork session, Connection connection, JdbcExecutor jdbc) {
        this.session = session;
        this.model = session.model();
        this.statements = session.statements();
        this.dialect = statements.dialect();
        this.jdbc = jdbc;
        this.connection = connection;
    }

    /** The rows this flush gave a generated key. */
    List<EntityEntry> keyed() {
        return keyed;
    }

    /** The inserted rows the session has not taken in as each batch returned ({@link UnitOfWork#inserted}). */
    List<EntityEntry> insertedLate() {
        return insertedLate;
    }

    void run(FlushPlan plan, List<LiveManyToMany<?>> pivots) {
        for (EntityEntry e : plan.updates()) {
            checkUnchanged(e);
        }
        Set<String> inserting = new HashSet<>();
        for (List<EntityEntry> sameTable : plan.insertsByTable()) {
            inserting.add(sameTable.get(0).table.name());
        }
        // updates first (a unique value may move from an old row to a new one), except those that
        // wait for a new parent's key
        List<EntityEntry> now = new ArrayList<>();
        List<EntityEntry> afterInserts = new ArrayList<>();
        for (EntityEntry e : plan.updates()) {
            (waitsForInserts(e, inserting) ? afterInserts : now).add(e);
        }
        update(now);
        deleteDetachedLinks(pivots, plan.deletes());
        insert(plan.insertsByTable());
        updateDeferred();
        for (EntityEntry e : afterInserts) {
            session.applyLinks(e);
        }
        update(afterInserts);
        delete(plan.deletes());
        insertAttachedLinks(pivots);
    }

    // ---- updates

    private void update(List<EntityEntry> rows) {
        for (List<EntityEntry> sameTable : byTable(rows)) {
            TableModel t = sameTable.get(0).table;
            ColumnModel version = versionColumn(t);
            Map<List<Object>, List<Pending>> shapes = new LinkedHashMap<>();
            for (EntityEntry e : sameTable) {
                if (version != null) {
                    e.set(version, e.snapshot[version.index()]); // the session's, not the entity's: a change to it is undone
                }
                List<ColumnModel> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (ColumnModel c : t.columns()) {
                    if (c.readOnly() || c.version() || t.primaryKey().contains(c)) {
                        continue;
                    }
                    Object v = e.get(c);
                    if (!Values.same(e.snapshot[c.index()], v)) {
                        columns.add(c);
                        values.add(v);
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                Object held = version == null ? null : e.snapshot[version.index()];
                Object next = null;
                if (version != null) {
                    next = nextVersion(version, held);
                    columns.add(version);
                    values.add(next);
                }
                List<Object> shape = new ArrayList<>(columns);
                shape.add(version != null && held == null);
                shapes.computeIfAbsent(shape, k -> new ArrayList<>()).add(new Pending(e, columns, values, held, next));
            }
            List<EntityEntry> readBack = new ArrayList<>();
            for (List<Pending> shape : shapes.values()) {
                Pending first = shape.get(0);
                SqlStatement template = version == null
                        ? statements.update(t, first.columns, first.values, t.primaryKey(), first.entry.key)
                        : statements.update(t, first.columns, first.values, t.primaryKey(), first.entry.key, version,
                        first.held);
                List<SqlStatement> batch = new ArrayList<>(shape.size());
                for (Pending p : shape) {
                    List<Object> bound = new ArrayList<>(p.values);
                    bound.addAll(p.entry.key);
                    if (p.held != null) {
                        bound.add(p.held);
                    }
                    batch.add(batch.isEmpty() ? template : template.rebind(bound));
                }
                int[] counts = run(t, shape, batch, version, "update");
                for (int i = 0; i < counts.length; i++) {
                    Pending p = shape.get(i);
                    expectOneRow(p.entry, counts[i], version, p.held, "update", template.sql());
                    if (version != null) {
                        p.entry.set(version, p.next);
                    }
                }
                for (Pending p : shape) {
                    readBack.add(p.entry);
                }
            }
            List<ColumnModel> computed = afterUpdate(t, version);
            if (!computed.isEmpty() && !readBack.isEmpty()) {
                reselect(t, readBack, computed);
            }
        }
    }

    /** One row's UPDATE or DELETE: the columns it sets and their values, and the version it checks. */
    private record Pending(EntityEntry entry, List<ColumnModel> columns, List<Object> values, Object held, Object next) {
    }

    /**
     * Runs a group of UPDATEs or DELETEs. Versioned rows need a count per row: every driver here
     * reports one for UPDATE and DELETE batches (Connector/J, with rewriteBatchedStatements too,
     * sends them as a multi-statement and counts each; pgjdbc and H2 count each). MariaDB's own
     * driver answers SUCCESS_NO_INFO for its bulk batches, so versioned rows go one statement each there.
     */
    private int[] run(TableModel t, List<Pending> rows, List<SqlStatement> batch, ColumnModel version, String verb) {
        if (version == null || rows.size() == 1 || jdbc.reportsBatchUpdateCounts(connection)) {
            return jdbc.batch(connection, batch, i -> name(rows.get(i).entry, verb), n -> several(t, n, verb));
        }
        int[] counts = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            EntityEntry e = rows.get(i).entry;
            counts[i] = jdbc.batch(connection, List.of(batch.get(i)), x -> name(e, verb), n -> name(e, verb))[0];
        }
        return counts;
    }

    /** An UPDATE or DELETE by primary key must find its row (with the version read, for a versioned row). */
    private static void expectOneRow(EntityEntry e, int count, ColumnModel version, Object held, String verb, String sql) {
        if (count == 1 || count == Statement.SUCCESS_NO_INFO && version == null) {
            return;
        }
        if (count == Statement.SUCCESS_NO_INFO) {
            throw new StatementException("The driver gave no update count for the " + verb + " of " + e.table.name() + " row "
                    + e.key + ", so its version check cannot be verified; the flush was rolled back", sql, null);
        }
        if (count == 0 && version != null) {
            throw new OptimisticLockException(e.table.name(), e.key, held, verb.toUpperCase(java.util.Locale.ROOT));
        }
        throw new StatementException("Expected 1 row of " + e.table.name() + " with key " + e.key + ", found " + count
                + " (deleted or re-keyed outside this session?); the flush was rolled back", sql, null);
    }

    private void checkUnchanged(EntityEntry e) {
        for (ColumnModel col : e.table.primaryKey()) {
            if (!Values.same(e.snapshot[col.index()], e.get(col))) {
                throw new MetalOrmException("The primary key of a " + e.table.source() + " changed from " + e.key
                        + " (column " + col.name() + " is now " + e.get(col) + "). Keys are immutable: remove the row and "
                        + "persist a new one.");
            }
        }
        for (ColumnModel col : e.table.columns()) {
            if (col.readOnly() && !Values.same(e.snapshot[col.index()], e.get(col))) {
                throw new MetalOrmException("Cannot update " + e.table.name() + " row " + e.key + ": column " + col.name()
                        + " is read-only (computed by the database) and was changed in the entity. Leave it as read: the "
                        + "runtime never writes it and reads it back after every INSERT and UPDATE.");
            }
        }
    }

    /**
     * Whether an update must wait for this flush's inserts: it points a foreign key at a new parent
     * (through a relation, or by a changed non-null FK column into a table that gets new rows).
     */
    private boolean waitsForInserts(EntityEntry e, Set<String> inserting) {
        for (Link link : e.links()) {
            if (link.parent() != null && (session.values(link.parent(), link.parentKey()).contains(null)
                    || inserting.contains(session.tableOf(link.parent()).name()))) {
                return true;
            }
        }
        for (ForeignKeyDependency d : model.dependenciesOf(e.table.name())) {
            if (inserting.contains(d.parent())) {
                for (ColumnModel col : e.table.columns(d.childColumns())) {
                    Object now = e.get(col);
                    if (now != null && !Values.same(e.snapshot[col.index()], now)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- inserts

    /** The new rows, a table at a time in flush order. */
    private void insert(List<List<EntityEntry>> byTable) {
        for (List<EntityEntry> sameTable : byTable) {
            if (model.ordersWritesByRow(sameTable.get(0).table)) {
                insertByRow(byTable);
                return;
            }
        }
        for (List<EntityEntry> sameTable : byTable) {
            TableModel t = sameTable.get(0).table;
            Set<ColumnModel> cycleColumns = cycleColumns(t);
            if (selfReferences(t).isEmpty()) {
                insertLevel(t, sameTable, cycleColumns); // one level: each row's links applied as its values are read
                continue;
            }
            for (EntityEntry e : sameTable) {
                session.applyLinks(e); // the levels go by the foreign keys links set
            }
            // each level's links applied again as its values are read: the keys of the levels above are known then
            for (List<EntityEntry> level : insertLevels(t, sameTable)) {
                insertLevel(t, level, cycleColumns);
            }
        }
    }

    /** The columns of the table's foreign keys that break a cycle of tables: inserted NULL, set after. */
    private Set<ColumnModel> cycleColumns(TableModel t) {
        Set<ColumnModel> cycleColumns = new LinkedHashSet<>();
        for (ForeignKeyDependency d : model.deferredDependencies(t.name())) {
            cycleColumns.addAll(t.columns(d.childColumns()));
        }
        return cycleColumns;
    }

    /**
     * The new rows when some are of tables in a cycle of NOT NULL foreign keys ({@link
     * Model#ordersWritesByRow}), where no order of tables fits every flush: every new row of the
     * flush in levels by the new rows it refers to (through a relation set on it, or by foreign-key
     * values equal to a new row's key), each level a table at a time in flush order. Rows that refer
     * to each other in a circle are broken at a nullable foreign key (inserted NULL, set after); a
     * circle of NOT NULL ones cannot be inserted and is refused, naming its rows.
     */
    private void insertByRow(List<List<EntityEntry>> byTable) {
        List<EntityEntry> rows = new ArrayList<>();
        for (List<EntityEntry> sameTable : byTable) {
            for (EntityEntry e : sameTable) {
                session.applyLinks(e); // the levels go by the foreign keys links set
                rows.add(e);
            }
        }
        Set<EntityEntry> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(rows);
        Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> byKey = new HashMap<>();
        java.util.function.Function<EntityEntry, List<Edge>> allParents =
                e -> newParents(e, model.dependenciesOf(e.table.name()), members, rows, byKey);
        // first with every reference, cutting a circle at the reference the walk meets last (nearly always
        // enough); when that is a NOT NULL one, again with only the NOT NULL references, the nullable ones
        // then set after the inserts wherever they point at a row of the same or a later level
        Map<EntityEntry, Set<ColumnModel>> cut = new LinkedHashMap<>();
        boolean[] notNullCut = {false};
        List<List<EntityEntry>> levels = levels(rows, allParents, (e, d) -> {
            if (nullable(e.table, d)) {
                cut.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(e.table.columns(d.childColumns()));
            } else {
                notNullCut[0] = true;
            }
        }, false);
        if (notNullCut[0]) {
            cut.clear();
            levels = levels(rows, e -> {
                List<Edge> notNull = new ArrayList<>();
                for (Edge edge : allParents.apply(e)) {
                    if (!nullable(e.table, edge.dependency())) {
                        notNull.add(edge);
                    }
                }
                return notNull;
            }, (e, d) -> {
                throw new MetalOrmException("Cannot insert the new rows " + e + " and " + d.parent() + " row(s) it refers to: "
                        + "they refer to each other in a circle through NOT NULL foreign keys (" + e.table.name() + "."
                        + d.childColumns() + " -> " + d.parent() + " among them), so no order of INSERTs works. Insert one of "
                        + "them referring to a row that exists and flush, then point it at the other; or allow NULL in one "
                        + "of the columns.");
            }, false);
            Map<EntityEntry, Integer> level = new IdentityHashMap<>();
            for (int i = 0; i < levels.size(); i++) {
                for (EntityEntry e : levels.get(i)) {
                    level.put(e, i);
                }
            }
            for (EntityEntry e : rows) {
                for (Edge edge : allParents.apply(e)) {
                    if (nullable(e.table, edge.dependency()) && level.get(edge.parent()) >= level.get(e)) {
                        cut.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(e.table.columns(edge.dependency().childColumns()));
                    }
                }
            }
        }
        cut.forEach((e, columns) -> deferred.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(columns));
        Map<TableModel, Set<ColumnModel>> cycleColumns = new HashMap<>();
        for (List<EntityEntry> level : levels) {
            Map<TableModel, List<EntityEntry>> sameTable = new LinkedHashMap<>(); // rows came in flush order
            for (EntityEntry e : level) {
                sameTable.computeIfAbsent(e.table, k -> new ArrayList<>()).add(e);
            }
            sameTable.forEach((t, group) -> insertLevel(t, group, cycleColumns.computeIfAbsent(t, this::cycleColumns)));
        }
    }

    /** The rows of {@code members} the new row refers to through these dependencies, each with the one it refers through. */
    private List<Edge> newParents(EntityEntry e, List<ForeignKeyDependency> dependencies, Set<EntityEntry> members,
                                  List<EntityEntry> rows, Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> byKey) {
        List<Edge> edges = new ArrayList<>();
        TableModel t = e.table;
        for (ForeignKeyDependency d : dependencies) {
            EntityEntry parent = referenced(e, d, () -> byKey.computeIfAbsent(d, k -> newRowsByKey(k, rows)));
            if (parent == null || !members.contains(parent)) {
                continue;
            }
            List<ColumnModel> referenced = parent.table.columns(d.parentColumns());
            if (parent == e && isSet(t, referenced, e.values(referenced))) {
                continue; // one INSERT of a row that refers to its own given key satisfies the key
            }
            edges.add(new Edge(parent, d));
        }
        return edges;
    }

    /**
     * The row {@code e} refers to through the dependency: the parent of a link set on it, else the row of
     * {@code keys} (rows by the columns the dependency refers to) its foreign-key values name.
     */
    private EntityEntry referenced(EntityEntry e, ForeignKeyDependency d,
                                   java.util.function.Supplier<Map<List<Object>, EntityEntry>> keys) {
        Link link = e.link(d.childColumns());
        if (link != null) {
            return link.parent() == null ? null : session.entry(link.parent());
        }
        List<Object> fk = e.values(e.table.columns(d.childColumns()));
        return fk.contains(null) ? null : keys.get().get(KeyValues.of(fk));
    }

    /** The new rows of the dependency's parent table by the values of the columns it refers to, where those are set. */
    private Map<List<Object>, EntityEntry> newRowsByKey(ForeignKeyDependency d, List<EntityEntry> rows) {
        Map<List<Object>, EntityEntry> keys = new HashMap<>();
        for (EntityEntry e : rows) {
            if (e.table.name().equals(d.parent())) {
                List<ColumnModel> referenced = e.table.columns(d.parentColumns());
                List<Object> k = e.values(referenced);
                if (isSet(e.table, referenced, k)) {
                    keys.putIfAbsent(KeyValues.of(k), e);
                }
            }
        }
        return keys;
    }

    private static boolean nullable(TableModel t, ForeignKeyDependency d) {
        for (ColumnModel c : t.columns(d.childColumns())) {
            if (!c.nullable()) {
                return false;
            }
        }
        return true;
    }

    private void insertLevel(TableModel t, List<EntityEntry> rows, Set<ColumnModel> cycleColumns) {
        ColumnModel generated = t.generatedColumn().orElse(null);
        ColumnModel version = versionColumn(t);
        // rows by the columns they insert; each row's values beside it
        Map<List<ColumnModel>, InsertShape> shapes = new LinkedHashMap<>();
        List<ColumnModel> lastColumns = null;
        InsertShape lastShape = null;
        List<ColumnModel> all = t.columns();
        // each row's columns and values picked into these, then copied at their size: a column list and a
        // table-wide array per row were most of the insert's own garbage
        ColumnModel[] picked = new ColumnModel[all.size()];
        Object[] row = new Object[all.size()];
        for (EntityEntry e : rows) {
            session.applyLinks(e); // parents are in (earlier tables and levels): their keys are known
            if (version != null && e.get(version) == null && !version.hasDefault()) {
                e.set(version, nextVersion(version, null));
            }
            Set<ColumnModel> late = deferred.isEmpty() ? Set.of() : deferred.getOrDefault(e, Set.of());
            int n = 0;
            for (ColumnModel c : all) {
                Object v = e.get(c);
                if (c.readOnly() || c == generated && unset(t, c, v)) {
                    continue;
                }
                if (v == null && c.hasDefault()) {
                    if (t.primaryKey().contains(c) && !dialect.returnsColumnsOnInsert()) {
                        throw new MetalOrmException("Cannot insert into " + t + ": primary-key column " + c.name() + " is null, and "
                                + dialect.name() + " cannot hand back the value its default gives (no RETURNING in a batch). Set "
                                + "the key before flush.");
                    }
                    continue;
                }
                if (v == null && t.primaryKey().contains(c)) {
                    throw new MetalOrmException("Cannot insert into " + t + ": primary-key column " + c.name()
                            + " is null and not generated. Set it before flush.");
                }
                boolean nullFirst = !cycleColumns.isEmpty() && cycleColumns.contains(c) || !late.isEmpty() && late.contains(c);
                if (nullFirst) {
                    // set once every row is in (a new parent's key may come later in this flush)
                    deferred.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(c);
                }
                row[n] = nullFirst ? null : v;
                picked[n++] = c;
            }
            // rows of a table nearly always share the previous row's shape: skip hashing the column list then
            if (!samePicked(lastColumns, picked, n)) {
                lastColumns = List.of(Arrays.copyOf(picked, n));
                lastShape = shapes.computeIfAbsent(lastColumns, k -> new InsertShape(new ArrayList<>(), new ArrayList<>()));
            }
            lastShape.rows().add(e);
            lastShape.values().add(Arrays.asList(Arrays.copyOf(row, n)));
        }
        for (Map.Entry<List<ColumnModel>, InsertShape> shape : shapes.entrySet()) {
            List<ColumnModel> columns = shape.getKey();
            List<EntityEntry> group = shape.getValue().rows();
            List<List<Object>> values = shape.getValue().values();
            // what the database decides: every column left out, and a timestamp version (its precision is the column's)
            List<ColumnModel> back = new ArrayList<>();
            for (ColumnModel c : t.columns()) {
                if (!columns.contains(c) || c.version() && temporal(c)) {
                    back.add(c);
                }
            }
            List<ColumnModel> returned = dialect.returnsColumnsOnInsert() ? back
                    : back.contains(generated) ? List.of(generated) : List.of();
            List<ColumnModel> reselected = back.stream().filter(c -> !returned.contains(c)).toList();
            boolean keyReturned = generated != null && returned.contains(generated);
            SqlStatement template = statements.insert(t, columns, values.get(0));
            // each row bound from its values, no statement per row (a statement per row was the most of MetalORM's own
            // garbage in a big flush); each row finished as its batch returns, while it is still in the processor's cache
            // (a pass over every new row after the flush was a fifth of MetalORM's own time in a 140,000-row flush)
            jdbc.insert(connection, template, group.size(), values::get, returned, (i, got) -> {
                EntityEntry e = group.get(i);
                for (int j = 0; j < got.length; j++) {
                    e.set(returned.get(j), got[j]);
                }
                if (keyReturned) {
                    keyed.add(e);
                }
                if (reselected.isEmpty() && (deferred.isEmpty() || !deferred.containsKey(e))) {
                    session.inserted(e);
                } else {
                    insertedLate.add(e); // its row changes again in this flush: read back, or a foreign key set after
                }
            }, i -> name(group.get(i), "insert"), n -> several(t, n, "insert"));
            if (!reselected.isEmpty()) {
                reselect(t, group, reselected);
            }
        }
    }

    /** Whether the first {@code n} picked columns are these columns (the same instances, in order). */
    private static boolean samePicked(List<ColumnModel> columns, ColumnModel[] picked, int n) {
        if (columns == null || columns.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (columns.get(i) != picked[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rows of one table in the order their references to each other need: levels, each level's rows
     * referring only to rows of levels before (or to rows already in the database). A row refers to a
     * new row through a relation set on it, or by foreign-key values equal to that row's key. A row
     * referring to itself by its own (given) key needs no order. In a cycle, a nullable foreign key
     * is inserted NULL and set after; a NOT NULL one cannot be ordered and is refused.
     */
    private List<List<EntityEntry>> insertLevels(TableModel t, List<EntityEntry> rows) {
        List<ForeignKeyDependency> self = selfReferences(t);
        if (self.isEmpty()) {
            return List.of(rows);
        }
        Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> byKey = new HashMap<>();
        Set<EntityEntry> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(rows);
        return levels(rows, e -> newParents(e, self, members, rows, byKey), (e, d) -> {
            List<ColumnModel> fk = t.columns(d.childColumns());
            if (!nullable(t, d)) {
                throw new MetalOrmException("Cannot insert the new " + t.name() + " rows: they refer to each other in a "
                            + "cycle (or a row to itself before its key is generated) through " + t.name() + "."
                            + d.childColumns() + ", which is NOT NULL, so no order of INSERTs works. Point one of them at a "
                            + "row that exists, give the rows their keys, or allow NULL in the column.");
            }
            deferred.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(fk);
        }, false);
    }

    /** A reference from a row to a row of the same table, through a self-referencing foreign key. */
    private record Edge(EntityEntry parent, ForeignKeyDependency dependency) {
    }

    /** What to do with a reference that closes a cycle: break it, or refuse. */
    @FunctionalInterface
    private interface CycleBreaker {
        void cut(EntityEntry child, ForeignKeyDependency dependency);
    }

    /**
     * Levels of rows by their references (an iterative depth-first search: chains of rows can be
     * long), parents first, or children first when {@code childrenFirst}; a reference that closes a
     * cycle goes to the breaker and does not count. Rows keep their order within a level.
     */
    private static List<List<EntityEntry>> levels(List<EntityEntry> rows,
                                                  java.util.function.Function<EntityEntry, List<Edge>> parentsOf,
                                                  CycleBreaker breaker, boolean childrenFirst) {
        Map<EntityEntry, Integer> depth = new IdentityHashMap<>();
        Set<EntityEntry> open = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<EntityEntry, List<Edge>> edges = new IdentityHashMap<>();
        int deepest = 0;
        for (EntityEntry start : rows) {
            if (depth.containsKey(start)) {
                continue;
            }
            List<EntityEntry> stack = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            stack.add(start);
            next.add(0);
            open.add(start);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                EntityEntry e = stack.get(top);
                List<Edge> out = edges.computeIfAbsent(e, parentsOf);
                int i = next.get(top);
                if (i < out.size()) {
                    next.set(top, i + 1);
                    Edge edge = out.get(i);
                    if (open.contains(edge.parent())) {
                        breaker.cut(e, edge.dependency());
                        out.set(i, null);
                    } else if (!depth.containsKey(edge.parent())) {
                        stack.add(edge.parent());
                        next.add(0);
                        open.add(edge.parent());
                    }
                    continue;
                }
                int d = 0;
                for (Edge edge : out) {
                    if (edge != null) {
                        d = Math.max(d, depth.get(edge.parent()) + 1);
                    }
                }
                depth.put(e, d);
                deepest = Math.max(deepest, d);
                open.remove(e);
                stack.remove(top);
                next.remove(top);
            }
        }
        List<List<EntityEntry>> out = new ArrayList<>();
        for (int i = 0; i <= deepest; i++) {
            out.add(new ArrayList<>());
        }
        for (EntityEntry e : rows) {
            out.get(childrenFirst ? deepest - depth.get(e) : depth.get(e)).add(e);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** Sets the foreign keys that were inserted NULL to break a cycle, now that every row is in. */
    private void updateDeferred() {
        List<EntityEntry> rows = new ArrayList<>(deferred.keySet());
        rows.sort(java.util.Comparator.comparingInt((EntityEntry e) -> model.flushRank(e.table))
                .thenComparingLong(e -> e.sequence));
        for (List<EntityEntry> sameTable : byTable(rows)) {
            TableModel t = sameTable.get(0).table;
            Map<List<ColumnModel>, List<EntityEntry>> shapes = new LinkedHashMap<>();
            for (EntityEntry e : sameTable) {
                session.applyLinks(e);
                List<ColumnModel> columns = new ArrayList<>();
                for (ColumnModel c : deferred.get(e)) {
                    if (e.get(c) != null) {
                        columns.add(c);
                    }
                }
                if (!columns.isEmpty()) {
                    shapes.computeIfAbsent(columns, k -> new ArrayList<>()).add(e);
                }
            }
            for (Map.Entry<List<ColumnModel>, List<EntityEntry>> shape : shapes.entrySet()) {
                List<EntityEntry> group = shape.getValue();
                List<SqlStatement> batch = new ArrayList<>();
                SqlStatement template = null;
                for (EntityEntry e : group) {
                    List<Object> values = e.values(shape.getKey());
                    List<Object> key = e.values(t.primaryKey());
                    if (template == null) {
                        template = statements.update(t, shape.getKey(), values, t.primaryKey(), key);
                        batch.add(template);
                    } else {
                        List<Object> bound = new ArrayList<>(values);
                        bound.addAll(key);
                        batch.add(template.rebind(bound));
                    }
                }
                jdbc.batch(connection, batch, i -> name(group.get(i), "insert"), n -> several(t, n, "insert"));
            }
        }
    }

    // ---- deletes

    private void delete(List<EntityEntry> rows) {
        for (EntityEntry e : rows) {
            if (model.ordersWritesByRow(e.table)) {
                deleteByRow(rows);
                return;
            }
        }
        clearDeferredReferences(rows);
        for (List<EntityEntry> sameTable : byTable(rows)) {
            TableModel t = sameTable.get(0).table;
            deleteLinksOf(t, sameTable);
            Map<EntityEntry, Set<ColumnModel>> nullFirst = new LinkedHashMap<>();
            List<List<EntityEntry>> levels = deleteLevels(t, sameTable, nullFirst);
            clearCycleReferences(t, nullFirst);
            for (List<EntityEntry> level : levels) {
                deleteLevel(t, level);
            }
        }
    }

    private void deleteLevel(TableModel t, List<EntityEntry> rows) {
        ColumnModel version = versionColumn(t);
        Map<Boolean, List<Pending>> shapes = new LinkedHashMap<>();
        for (EntityEntry e : rows) {
            Object held = version == null ? null : e.snapshot[version.index()];
            shapes.computeIfAbsent(version != null && held == null, k -> new ArrayList<>())
                    .add(new Pending(e, List.of(), List.of(), held, null));
        }
        for (List<Pending> shape : shapes.values()) {
            Pending first = shape.get(0);
            SqlStatement template = version == null ? statements.delete(t, t.primaryKey(), first.entry.key)
                    : statements.delete(t, t.primaryKey(), first.entry.key, version, first.held);
            List<SqlStatement> batch = new ArrayList<>(shape.size());
            for (Pending p : shape) {
                List<Object> bound = new ArrayList<>(p.entry.key);
                if (p.held != null) {
                    bound.add(p.held);
                }
                batch.add(batch.isEmpty() ? template : template.rebind(bound));
            }
            int[] counts = run(t, shape, batch, version, "delete");
            for (int i = 0; i < counts.length; i++) {
                expectOneRow(shape.get(i).entry, counts[i], version, shape.get(i).held, "delete", template.sql());
            }
        }
    }

    /**
     * Removed rows of one table, children first by their references (as the database holds them);
     * rows referring to each other in a cycle through a nullable key have it set NULL first, and so
     * have rows referring to themselves where the database cannot delete those (InnoDB).
     */
    private List<List<EntityEntry>> deleteLevels(TableModel t, List<EntityEntry> rows, Map<EntityEntry, Set<ColumnModel>> nullFirst) {
        List<ForeignKeyDependency> self = selfReferences(t);
        if (self.isEmpty()) {
            return List.of(rows);
        }
        Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> byKey = new HashMap<>();
        return levels(rows, e -> removedParents(e, self, rows, byKey, nullFirst), nullFirstOrDatabase(nullFirst), true);
    }

    /**
     * Sets NULL first the keys that break a cycle of tables (those a flush inserts NULL and sets after)
     * where they refer to a row deleted in this flush: the table order deletes the referring rows
     * after the rows they refer to. Found on Pagila with a nullable store manager: removing a store
     * and its staff in one flush failed on the manager key.
     */
    private void clearDeferredReferences(List<EntityEntry> rows) {
        Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> removed = new HashMap<>();
        Map<TableModel, Map<EntityEntry, Set<ColumnModel>>> cut = new LinkedHashMap<>();
        for (EntityEntry e : rows) {
            for (ForeignKeyDependency d : model.deferredDependencies(e.table.name())) {
                List<ColumnModel> columns = e.table.columns(d.childColumns());
                List<Object> fk = held(e, columns);
                if (!fk.contains(null) && removed.computeIfAbsent(d, k -> heldKeys(k, rows)).containsKey(KeyValues.of(fk))) {
                    cut.computeIfAbsent(e.table, k -> new LinkedHashMap<>())
                            .computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(columns);
                }
            }
        }
        cut.forEach(this::clearCycleReferences);
    }

    /** The rows of the dependency's parent table among these, by the values the database holds in the columns it refers to. */
    private static Map<List<Object>, EntityEntry> heldKeys(ForeignKeyDependency d, List<EntityEntry> rows) {
        Map<List<Object>, EntityEntry> keys = new HashMap<>();
        for (EntityEntry e : rows) {
            if (e.table.name().equals(d.parent())) {
                keys.putIfAbsent(KeyValues.of(held(e, e.table.columns(d.parentColumns()))), e);
            }
        }
        return keys;
    }

    /**
     * Removed rows when some are of tables in a cycle of NOT NULL foreign keys ({@link
     * Model#ordersWritesByRow}): every removed row in levels by the removed rows it refers to
     * (as the database holds them), children first, each level a table at a time. A circle is cut
     * at a nullable key (set NULL first); a circle of NOT NULL keys is left to the database (an ON
     * DELETE rule may allow it).
     */
    private void deleteByRow(List<EntityEntry> rows) {
        for (List<EntityEntry> sameTable : byTable(rows)) {
            deleteLinksOf(sameTable.get(0).table, sameTable);
        }
        Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> removed = new HashMap<>();
        Map<EntityEntry, Set<ColumnModel>> nullFirst = new LinkedHashMap<>();
        List<List<EntityEntry>> levels = levels(rows,
                e -> removedParents(e, model.dependenciesOf(e.table.name()), rows, removed, nullFirst),
                nullFirstOrDatabase(nullFirst), true);
        Map<TableModel, Map<EntityEntry, Set<ColumnModel>>> cut = new LinkedHashMap<>();
        nullFirst.forEach((e, columns) -> cut.computeIfAbsent(e.table, k -> new LinkedHashMap<>()).put(e, columns));
        cut.forEach(this::clearCycleReferences);
        for (List<EntityEntry> level : levels) {
            Map<TableModel, List<EntityEntry>> sameTable = new LinkedHashMap<>(); // rows came children first by table
            for (EntityEntry e : level) {
                sameTable.computeIfAbsent(e.table, k -> new ArrayList<>()).add(e);
            }
            sameTable.forEach(this::deleteLevel);
        }
    }

    /**
     * The rows among {@code rows} (being deleted) the row refers to through these dependencies, as the
     * database holds them. A row referring to itself is no edge; where the database cannot delete
     * such a row (InnoDB) and the key is nullable, the key goes into {@code nullFirst}.
     */
    private List<Edge> removedParents(EntityEntry e, List<ForeignKeyDependency> dependencies, List<EntityEntry> rows,
                                      Map<ForeignKeyDependency, Map<List<Object>, EntityEntry>> byKey,
                                      Map<EntityEntry, Set<ColumnModel>> nullFirst) {
        List<Edge> edges = new ArrayList<>();
        for (ForeignKeyDependency d : dependencies) {
            List<ColumnModel> columns = e.table.columns(d.childColumns());
            List<Object> fk = held(e, columns);
            EntityEntry parent = fk.contains(null) ? null : byKey.computeIfAbsent(d, k -> heldKeys(k, rows)).get(KeyValues.of(fk));
            if (parent == e) {
                if (!dialect.deletesRowsReferringToThemselves() && nullable(e.table, d)) {
                    nullFirst.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(columns);
                }
            } else if (parent != null) {
                edges.add(new Edge(parent, d));
            }
        }
        return edges;
    }

    /**
     * A delete's cycle breaker: a nullable key is set NULL first; a NOT NULL one is left to the
     * database (an ON DELETE rule may allow it).
     */
    private static CycleBreaker nullFirstOrDatabase(Map<EntityEntry, Set<ColumnModel>> nullFirst) {
        return (e, d) -> {
            if (nullable(e.table, d)) {
                nullFirst.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(e.table.columns(d.childColumns()));
            }
        };
    }

    /** Sets NULL the references that close a cycle among rows being deleted, so that the first of them can go. */
    private void clearCycleReferences(TableModel t, Map<EntityEntry, Set<ColumnModel>> nullFirst) {
        for (Map.Entry<EntityEntry, Set<ColumnModel>> cut : nullFirst.entrySet()) {
            EntityEntry e = cut.getKey();
            List<ColumnModel> set = new ArrayList<>(cut.getValue());
            List<Object> nulls = new ArrayList<>(Collections.nCopies(set.size(), null));
            SqlStatement clear = statements.update(t, set, nulls, t.primaryKey(), e.key);
            jdbc.batch(connection, List.of(clear), i -> name(e, "delete"), n -> name(e, "delete"));
        }
    }

    /** The pivot rows of every many-to-many relation referring to rows being deleted: links, not entities. */
    private void deleteLinksOf(TableModel t, List<EntityEntry> rows) {
        for (Model.PivotLink link : model.pivotLinks(t.name())) {
            TableModel pivot = model.table(link.pivot());
            List<ColumnModel> where = pivot.columns(link.pivotColumns());
            List<ColumnModel> referenced = t.columns(link.referenced());
            SqlStatement template = null;
            List<SqlStatement> batch = new ArrayList<>(rows.size());
            for (EntityEntry e : rows) {
                List<Object> values = held(e, referenced);
                if (template == null) {
                    template = statements.delete(pivot, where, values);
                    batch.add(template);
                } else {
                    batch.add(template.rebind(values));
                }
            }
            jdbc.batch(connection, batch, i -> pivot.name() + " rows of " + name(rows.get(i), "delete"),
                    n -> pivot.name() + " rows of " + several(t, n, "delete"));
        }
    }

    // ---- many-to-many links

    /**
     * Pivot rows of detached links, skipping links whose owner is removed (all its links go with
     * it) and links whose junction entity is itself removed in this flush (its DELETE takes the row).
     */
    private void deleteDetachedLinks(List<LiveManyToMany<?>> pivots, List<EntityEntry> deletes) {
        Map<List<Object>, List<SqlStatement>> batches = new LinkedHashMap<>();
        Map<List<Object>, TableModel> tables = new HashMap<>();
        Map<String, Set<List<Object>>> removedJunctions = new HashMap<>();
        for (LiveManyToMany<?> w : pivots) {
            if (!w.hasPendingDeletes() || !session.isTracked(w.owner)) {
                continue; // most owners detached nothing: no per-owner work for them
            }
            RelationModel.BelongsToMany r = w.rel();
            TableModel pivot = model.table(r.pivot());
            List<ColumnModel> where = new ArrayList<>(pivot.columns(r.pivotForeignKeyToRoot()));
            where.addAll(pivot.columns(r.pivotForeignKeyToTarget()));
            Set<List<Object>> removed = removedJunctions.computeIfAbsent(r.pivot() + r.pivotForeignKeyToRoot()
                    + r.pivotForeignKeyToTarget(), k -> linksOfRemoved(pivot, where, deletes));
            List<Object> root = w.owner.values(w.owner.table.columns(r.localKey()));
            List<Object> shape = List.of(pivot.name(), where);
            for (List<Object> targetKey : w.pendingDeleteKeys()) {
                List<Object> values = new ArrayList<>(root);
                values.addAll(targetKey);
                if (removed.contains(KeyValues.of(values))) {
                    continue;
                }
                List<SqlStatement> batch = batches.computeIfAbsent(shape, k -> new ArrayList<>());
                batch.add(batch.isEmpty() ? statements.delete(pivot, where, values) : batch.get(0).rebind(values));
                tables.put(shape, pivot);
            }
        }
        for (Map.Entry<List<Object>, List<SqlStatement>> b : batches.entrySet()) {
            TableModel pivot = tables.get(b.getKey());
            jdbc.batch(connection, b.getValue(), i -> "a " + pivot.name() + " link (detach)", n -> n + " " + pivot.name() + " links (detach)");
        }
    }

    /** The key values, in these pivot columns, of the removed rows of a pivot table that is also an entity. */
    private static Set<List<Object>> linksOfRemoved(TableModel pivot, List<ColumnModel> columns, List<EntityEntry> deletes) {
        Set<List<Object>> out = new HashSet<>();
        for (EntityEntry e : deletes) {
            if (e.table == pivot) {
                out.add(KeyValues.of(held(e, columns)));
            }
        }
        return out;
    }

    /**
     * Pivot rows of attached links; a link whose owner or target left the session (removed, or new
     * and forgotten) is not written.
     */
    private void insertAttachedLinks(List<LiveManyToMany<?>> pivots) {
        // values by shape, each row bound from its values by the executor: 30,000 statements built up front
        // stayed alive through the whole pivot write
        Map<List<Object>, LinkRows> batches = new LinkedHashMap<>();
        // per relation, worked out once: thousands of owners share one relation (and, without payload, one shape)
        Map<RelationModel.BelongsToMany, PivotShape> shapes = new IdentityHashMap<>();
        for (LiveManyToMany<?> w : pivots) {
            if (!w.hasPendingInserts() || !session.isTracked(w.owner)) {
                continue;
            }
            PivotShape shape = shapes.computeIfAbsent(w.rel(), r -> pivotShape(r, w.owner.table));
            List<Object> root = w.owner.values(shape.rootKey());
            for (Object t : w.pendingInserts()) {
                EntityEntry targetEntry = session.entry(t);
                if (targetEntry == null || !session.isTracked(targetEntry)) {
                    continue;
                }
                List<Object> target = targetEntry.values(shape.targetKey());
                Map<String, Object> payload = w.payload(t);
                List<ColumnModel> columns = shape.keyColumns();
                List<Object> key = shape.batchKey();
                List<Object> values = new ArrayList<>(columns.size() + payload.size());
                values.addAll(root);
                values.addAll(target);
                if (!payload.isEmpty()) {
                    columns = new ArrayList<>(columns);
                    for (Map.Entry<String, Object> p : payload.entrySet()) {
                        columns.add(shape.pivot().column(p.getKey()));
                        values.add(p.getValue());
                    }
                    key = List.of(shape.pivot().name(), columns);
                }
                List<ColumnModel> shapeColumns = columns;
                batches.computeIfAbsent(key, k -> new LinkRows(shape.pivot(), shapeColumns, new ArrayList<>())).values().add(values);
            }
        }
        for (LinkRows b : batches.values()) {
            TableModel pivot = b.pivot();
            SqlStatement template = statements.insert(pivot, b.columns(), b.values().get(0));
            jdbc.batch(connection, template, b.values().size(), b.values()::get,
                    i -> "a " + pivot.name() + " link (attach)", n -> n + " " + pivot.name() + " links (attach)");
        }
    }

    /** The pivot rows of one statement shape: their table, columns and values. */
    private record LinkRows(TableModel pivot, List<ColumnModel> columns, List<List<Object>> values) {
    }

    /** What every pivot row of a relation shares: its table, the key columns on both sides, and the shape without payload. */
    private record PivotShape(TableModel pivot, List<ColumnModel> rootKey, List<ColumnModel> targetKey, List<ColumnModel> keyColumns,
                              List<Object> batchKey) {
    }

    private PivotShape pivotShape(RelationModel.BelongsToMany r, TableModel root) {
        TableModel pivot = model.table(r.pivot());
        TableModel target = model.table(r.target());
        List<ColumnModel> keyColumns = new ArrayList<>(pivot.columns(r.pivotForeignKeyToRoot()));
        keyColumns.addAll(pivot.columns(r.pivotForeignKeyToTarget()));
        return new PivotShape(pivot, root.columns(r.localKey()), target.columns(r.targetKey()), List.copyOf(keyColumns),
                List.of(pivot.name(), List.copyOf(keyColumns)));
    }

    // ---- reading back

    /** The columns the database may have changed in an UPDATE: computed ones, those it sets on update, and a timestamp version. */
    private static List<ColumnModel> afterUpdate(TableModel t, ColumnModel version) {
        List<ColumnModel> out = new ArrayList<>();
        for (ColumnModel c : t.columns()) {
            if (c.readOnly() || c.refreshedOnUpdate() || c == version && temporal(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Reads the columns of the rows again by primary key, one SELECT per IN list of the dialect's size. */
    private void reselect(TableModel t, List<EntityEntry> rows, List<ColumnModel> columns) {
        int size = dialect.inListBatchSize();
        for (int from = 0; from < rows.size(); from += size) {
            List<EntityEntry> chunk = rows.subList(from, Math.min(rows.size(), from + size));
            List<List<Object>> keys = new ArrayList<>(chunk.size());
            for (EntityEntry e : chunk) {
                keys.add(e.values(t.primaryKey()));
            }
            SqlStatement select = statements.select(t, new SqlPredicate.In(t.primaryKey(), keys), List.of(), null, null);
            Map<List<Object>, Object[]> found = new HashMap<>();
            for (Object[] row : jdbc.query(connection, select, t.columns())) {
                List<Object> key = new ArrayList<>();
                for (ColumnModel c : t.primaryKey()) {
                    key.add(row[c.index()]);
                }
                found.put(KeyValues.of(key), row);
            }
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = found.get(KeyValues.of(keys.get(i)));
                if (row == null) {
                    throw new StatementException("Reading back " + t.name() + " row " + keys.get(i) + " after writing it found "
                            + "no row (deleted or re-keyed outside this session?); the flush was rolled back", select.sql(), null);
                }
                for (ColumnModel c : columns) {
                    chunk.get(i).set(c, row[c.index()]);
                }
            }
        }
    }

    // ---- helpers

    /** The keys of the dependencies of a table on itself. */
    private List<ForeignKeyDependency> selfReferences(TableModel t) {
        List<ForeignKeyDependency> out = new ArrayList<>();
        for (ForeignKeyDependency d : model.dependenciesOf(t.name())) {
            if (d.parent().equals(t.name()) && t.hasPrimaryKey()) {
                out.add(d);
            }
        }
        return out;
    }

    /** Runs of rows of the same table in a list already in flush order. */
    private static List<List<EntityEntry>> byTable(List<EntityEntry> rows) {
        List<List<EntityEntry>> out = new ArrayList<>();
        List<EntityEntry> current = null;
        for (EntityEntry e : rows) {
            if (current == null || current.get(0).table != e.table) {
                current = new ArrayList<>();
                out.add(current);
            }
            current.add(e);
        }
        return out;
    }

    /** The values of the columns as the database holds them (the snapshot). */
    private static List<Object> held(EntityEntry e, List<ColumnModel> columns) {
        List<Object> out = new ArrayList<>(columns.size());
        for (ColumnModel c : columns) {
            out.add(e.snapshot[c.index()]);
        }
        return out;
    }

    private static boolean unset(TableModel t, ColumnModel c, Object v) {
        return v == null || v.equals(t.accessor().unset(c.index()));
    }

    /** Whether the key values are all given: none null, a generated one not still unset. */
    private static boolean isSet(TableModel t, List<ColumnModel> columns, List<Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            Object v = values.get(i);
            if (v == null || columns.get(i).generated() && unset(t, columns.get(i), v)) {
                return false;
            }
        }
        return true;
    }

    static ColumnModel versionColumn(TableModel t) {
        for (ColumnModel c : t.columns()) {
            if (c.version()) {
                return c;
            }
        }
        return null;
    }

    private static boolean temporal(ColumnModel c) {
        return c.type() == ColumnType.TIMESTAMP || c.type() == ColumnType.TIMESTAMPTZ;
    }

    /** The version a row gets at its next write: the held number plus one (1 for the first), or the time now. */
    static Object nextVersion(ColumnModel version, Object held) {
        switch (version.type()) {
            case SMALLINT -> {
                return (short) (held == null ? 1 : ((Number) held).shortValue() + 1);
            }
            case INTEGER -> {
                return held == null ? 1 : ((Number) held).intValue() + 1;
            }
            case BIGINT -> {
                return held == null ? 1L : ((Number) held).longValue() + 1;
            }
            case TIMESTAMP -> {
                LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
                return now.equals(held) ? now.plus(1, ChronoUnit.MICROS) : now;
            }
            case TIMESTAMPTZ -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                Instant before = held instanceof OffsetDateTime o ? o.toInstant() : (Instant) held;
                if (now.equals(before)) {
                    now = now.plus(1, ChronoUnit.MICROS);
                }
                return version.javaType() == Instant.class ? now : now.atOffset(ZoneOffset.UTC);
            }
            default -> throw new IllegalStateException("version column " + version.name() + " of type " + version.type());
        }
    }

    /** A row for an error message: {@code users row [7] (update)}, or {@code a new users row (insert)}. */
    private static String name(EntityEntry e, String verb) {
        if (e.key != null) {
            return e.table.name() + " row " + e.key + " (" + verb + ")";
        }
        List<Object> key = e.values(e.table.primaryKey());
        return isSet(e.table, e.table.primaryKey(), key) ? "new " + e.table.name() + " row " + key + " (" + verb + ")"
                : "a new " + e.table.name() + " row (" + verb + ")";
    }

    private static String several(TableModel t, int rows, String verb) {
        return "one of " + rows + " " + t.name() + " rows (" + verb + "; the driver does not say which)";
    }

    /** The new rows of one table that insert the same columns, and their values in that column order. */
    private record InsertShape(List<EntityEntry> rows, List<List<Object>> values) {
    }
}
