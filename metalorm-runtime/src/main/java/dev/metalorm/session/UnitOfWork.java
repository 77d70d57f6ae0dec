package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ForeignKeyDependency;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.jdbc.JdbcExecutor;
import dev.metalorm.query.IncludeSpec;
import dev.metalorm.query.QueryRunner;
import dev.metalorm.query.QueryRunner.WriteKind;
import dev.metalorm.schema.Row;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import dev.metalorm.sql.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One session's state and work: the identity map, pending changes, flush and the transaction.
 * The connection is borrowed from the DataSource on first use and given back on commit, rollback,
 * close and on every failure. Not thread-safe: one thread at a time.
 */
public final class UnitOfWork implements QueryRunner, AutoCloseable {
    private final Model model;
    private final DataSource dataSource;
    private final Statements statements;
    private final JdbcExecutor jdbc;
    private final Map<EntityKey, EntityEntry> identityMap = new HashMap<>();
    private final Map<Object, EntityEntry> entries = new IdentityHashMap<>();
    private final RelationLoader loader = new RelationLoader(this);
    private final List<LiveManyToMany<?>> changedPivots = new ArrayList<>();
    private Connection connection;
    /** The open stream, if any: MySQL/MariaDB refuse every other statement on the connection until it is closed. */
    private JdbcExecutor.Cursor openCursor;
    private long sequence;
    private boolean closed;

    public UnitOfWork(Model model, DataSource dataSource, Statements statements, JdbcExecutor jdbc) {
        this.model = model;
        this.dataSource = dataSource;
        this.statements = statements;
        this.jdbc = jdbc;
    }

    @Override
    public Model model() {
        return model;
    }

    // ---- reading

    /** The row with this primary key, through the identity map; null when there is none (or it was removed). */
    public Object find(TableModel table, Object... key) {
        ensureOpen();
        List<ColumnModel> pk = table.primaryKey();
        if (pk.isEmpty()) {
            throw new MetalOrmException("Cannot find by id in " + table + ": it has no primary key (read-only). Query it instead.");
        }
        if (key == null || key.length != pk.size()) {
            throw new MetalOrmException("Table " + table + " has a primary key of " + pk.size() + " column(s) "
                    + pk.stream().map(ColumnModel::name).toList() + "; find got " + (key == null ? 0 : key.length) + " value(s).");
        }
        List<Object> values = new ArrayList<>();
        List<SqlPredicate> equalities = new ArrayList<>();
        for (int i = 0; i < pk.size(); i++) {
            if (key[i] == null) {
                throw new MetalOrmException("find on " + table + ": key column " + pk.get(i).name() + " is null");
            }
            values.add(Values.coerce(table, pk.get(i), key[i]));
            equalities.add(new SqlPredicate.Compare(pk.get(i), "=", values.get(i)));
        }
        EntityEntry known = identityMap.get(new EntityKey(table.name(), values));
        if (known != null) {
            return known.state == EntityEntry.State.REMOVED ? null : known.entity;
        }
        SqlPredicate where = equalities.size() == 1 ? equalities.get(0) : new SqlPredicate.Junction(true, equalities);
        SqlStatement select = statements.select(table, where, List.of(), null, null);
        List<Object[]> rows = read(() -> jdbc.query(connection(), select, table.columns()));
        return rows.isEmpty() ? null : materialize(table, rows.get(0));
    }

    @Override
    public Statements statements() {
        return statements;
    }

    @Override
    public List<Object[]> rows(SqlStatement statement, List<ColumnModel> readers) {
        ensureOpen();
        return read(() -> jdbc.query(connection(), statement, readers));
    }

    @Override
    public long count(SqlStatement statement) {
        ensureOpen();
        return read(() -> jdbc.queryLong(connection(), statement));
    }

    @Override
    public List<Object[]> rawRows(SqlStatement statement, java.util.function.Function<List<String>, List<ColumnModel>> readers) {
        ensureOpen();
        return read(() -> jdbc.queryRaw(connection(), statement, readers));
    }

    @Override
    public Cursor cursor(SqlStatement statement, List<ColumnModel> readers, int fetchSize) {
        ensureOpen();
        JdbcExecutor.Cursor c = read(() -> jdbc.cursor(connection(), statement, readers, fetchSize));
        openCursor = c;
        return new Cursor() {
            private boolean closed;

            @Override
            public Object[] next() {
                if (closed) {
                    return null;
                }
                try {
                    return c.next();
                } catch (RuntimeException e) {
                    close();
                    abandon(e);
                    throw e;
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    if (openCursor == c) {
                        openCursor = null;
                    }
                    c.close();
                }
            }
        };
    }

    @Override
    public Object managed(TableModel table, Object[] row) {
        Object entity = materialize(table, row);
        EntityEntry entry = entries.get(entity);
        return entry != null && entry.state == EntityEntry.State.REMOVED ? null : entity;
    }

    @Override
    public Object detached(TableModel table, Object[] row) {
        Object entity = table.accessor().newInstance();
        for (ColumnModel c : table.columns()) {
            table.accessor().set(entity, c.index(), row[c.index()]);
        }
        return entity;
    }

    @Override
    public void include(TableModel table, List<Object> entities, List<IncludeSpec> includes) {
        ensureOpen();
        read(() -> {
            loader.include(table, entities, includes);
            return null;
        });
    }

    @Override
    public int execute(TableModel table, List<SqlStatement> writes, WriteKind kind, List<ColumnModel> changed) {
        ensureOpen();
        flush();
        int rows = read(() -> {
            int n = 0;
            for (SqlStatement w : writes) {
                int count = jdbc.update(connection(), w);
                // MySQL counts an upsert that updated as 2 and one that changed nothing as 0 or 1: each row once
                n += kind == WriteKind.UPSERT ? (count != 0 ? 1 : 0) : count;
            }
            return n;
        });
        read(() -> {
            refresh(table, kind, changed);
            return null;
        });
        return rows;
    }

    @Override
    public boolean holds(Object entity) {
        return entries.containsKey(entity);
    }

    @Override
    public Object adopt(TableModel table, Object entity, Object[] row) {
        List<Object> keyValues = new ArrayList<>();
        for (ColumnModel c : table.primaryKey()) {
            keyValues.add(row[c.index()]);
        }
        EntityEntry known = identityMap.get(new EntityKey(table.name(), keyValues));
        if (known != null) {
            return known.entity;
        }
        for (ColumnModel c : table.columns()) {
            table.accessor().set(entity, c.index(), row[c.index()]);
        }
        EntityEntry entry = new EntityEntry(table, entity, sequence++, EntityEntry.State.MANAGED);
        entry.snapshot = row.clone();
        entry.key = new EntityKey(table.name(), keyValues);
        identityMap.put(entry.key, entry);
        entries.put(entity, entry);
        injectRelations(entry);
        return entity;
    }

    /**
     * After a set-based write on the table: the session's instances of it are read again (values
     * and snapshots), those whose rows are gone are detached, and loaded relations the write may
     * have changed are unloaded, so that the next load() or include reads them again.
     */
    private void refresh(TableModel table, WriteKind kind, List<ColumnModel> changed) {
        Set<String> changedNames = new java.util.HashSet<>();
        for (ColumnModel c : changed) {
            changedNames.add(c.name());
        }
        if (table.hasPrimaryKey()) {
            List<EntityEntry> held = new ArrayList<>();
            for (EntityEntry e : entries.values()) {
                if (e.table == table && e.state == EntityEntry.State.MANAGED) {
                    held.add(e);
                }
            }
            java.util.Set<EntityEntry> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            int size = statements.dialect().inListBatchSize();
            for (int from = 0; from < held.size(); from += size) {
                List<List<Object>> keys = new ArrayList<>();
                for (EntityEntry e : held.subList(from, Math.min(held.size(), from + size))) {
                    keys.add(e.key.values());
                }
                SqlStatement select = statements.select(table, new SqlPredicate.In(table.primaryKey(), keys), List.of(), null, null);
                for (Object[] row : jdbc.query(connection(), select, table.columns())) {
                    List<Object> key = new ArrayList<>();
                    for (ColumnModel c : table.primaryKey()) {
                        key.add(row[c.index()]);
                    }
                    EntityEntry e = identityMap.get(new EntityKey(table.name(), key));
                    if (e != null) {
                        seen.add(e);
                        for (ColumnModel c : table.columns()) {
                            e.set(c, row[c.index()]);
                        }
                        e.snapshot = row;
                    }
                }
            }
            for (EntityEntry e : held) {
                if (!seen.contains(e)) {
                    identityMap.remove(e.key);
                    entries.remove(e.entity);
                }
            }
        }
        for (EntityEntry e : entries.values()) {
            for (RelationWrapper w : e.wrappers) {
                if (affected(w, table, kind, changedNames)) {
                    w.unload();
                }
            }
        }
    }

    /** Whether a set-based write on the table may have changed what the wrapper holds. */
    private boolean affected(RelationWrapper w, TableModel table, WriteKind kind, Set<String> changed) {
        RelationModel r = w.relation;
        boolean pivot = r instanceof RelationModel.BelongsToMany m && m.pivot().equals(table.name());
        if (pivot) {
            return true;
        }
        if (r.target().equals(table.name())) {
            // rows may have come, gone or moved between owners
            return kind != WriteKind.UPDATE || changed.stream().anyMatch(c -> targetSide(r).contains(c));
        }
        if (w.owner.table == table && kind != WriteKind.DELETE && !(r instanceof RelationModel.BelongsTo)) {
            return changed.stream().anyMatch(c -> ownerSide(r).contains(c));
        }
        return false;
    }

    private static List<String> targetSide(RelationModel r) {
        if (r instanceof RelationModel.HasMany h) {
            return h.foreignKey();
        } else if (r instanceof RelationModel.HasOne h) {
            return h.foreignKey();
        } else if (r instanceof RelationModel.BelongsTo b) {
            return b.targetKey();
        }
        return ((RelationModel.BelongsToMany) r).targetKey();
    }

    private static List<String> ownerSide(RelationModel r) {
        if (r instanceof RelationModel.HasMany h) {
            return h.localKey();
        } else if (r instanceof RelationModel.HasOne h) {
            return h.localKey();
        } else if (r instanceof RelationModel.BelongsTo b) {
            return b.foreignKey();
        }
        return ((RelationModel.BelongsToMany) r).localKey();
    }

    /**
     * Runs a read. A failed statement ends the transaction on every database alike (PostgreSQL
     * would refuse anything else until a rollback): rolled back, connection returned, session
     * cleared. So does any other failure while reading (a value the driver or a field refuses),
     * so that no connection is ever left borrowed.
     */
    private <R> R read(java.util.function.Supplier<R> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            abandon(e);
            throw e;
        }
    }

    /**
     * The session's instance for a row read from the database: the one already in the identity map
     * (left as it is, pending changes included), or a new managed one. Rows of tables without a
     * primary key are not tracked: each read gives new instances.
     */
    Object materialize(TableModel table, Object[] values) {
        if (!table.hasPrimaryKey()) {
            Object entity = table.accessor().newInstance();
            for (ColumnModel c : table.columns()) {
                table.accessor().set(entity, c.index(), values[c.index()]);
            }
            return entity;
        }
        List<Object> keyValues = new ArrayList<>();
        for (ColumnModel c : table.primaryKey()) {
            keyValues.add(values[c.index()]);
        }
        EntityKey key = new EntityKey(table.name(), keyValues);
        EntityEntry known = identityMap.get(key);
        if (known != null) {
            return known.entity;
        }
        Object entity = table.accessor().newInstance();
        for (ColumnModel c : table.columns()) {
            table.accessor().set(entity, c.index(), values[c.index()]);
        }
        EntityEntry entry = new EntityEntry(table, entity, sequence++, EntityEntry.State.MANAGED);
        entry.snapshot = values.length == table.columns().size() ? values.clone()
                : java.util.Arrays.copyOf(values, table.columns().size());
        entry.key = key;
        identityMap.put(key, entry);
        entries.put(entity, entry);
        injectRelations(entry);
        return entity;
    }

    /**
     * Puts live wrappers into the entity's relation fields (or row slots), replacing whatever was
     * there: relation fields are null until an entity is persisted or loaded.
     */
    private void injectRelations(EntityEntry entry) {
        for (RelationModel r : entry.table.relations()) {
            RelationWrapper w;
            if (r instanceof RelationModel.HasMany h) {
                w = new LiveHasMany<>(this, entry, h);
            } else if (r instanceof RelationModel.HasOne h) {
                w = new LiveHasOne<>(this, entry, h);
            } else if (r instanceof RelationModel.BelongsTo b) {
                w = new LiveBelongsTo<>(this, entry, b);
            } else {
                w = new LiveManyToMany<>(this, entry, (RelationModel.BelongsToMany) r);
            }
            entry.wrappers[r.index()] = w;
            entry.table.accessor().setRelation(entry.entity, r.index(), w);
        }
    }

    // ---- writing

    /** Makes a new instance pending insert, or a removed one managed again. */
    public void persist(Object entity) {
        ensureOpen();
        TableModel table = tableOf(entity);
        if (!table.hasPrimaryKey()) {
            throw new MetalOrmException("Cannot persist a row of " + table + ": the table has no primary key, so it is read-only.");
        }
        EntityEntry entry = entries.get(entity);
        if (entry != null) {
            if (entry.state == EntityEntry.State.REMOVED) {
                entry.state = EntityEntry.State.MANAGED;
            }
            return;
        }
        entry = new EntityEntry(table, entity, sequence++, EntityEntry.State.NEW);
        EntityKey key = entry.currentKey();
        if (key.values().stream().allMatch(v -> v != null) && identityMap.containsKey(key)) {
            throw new MetalOrmException("Cannot persist " + entity + " as a new row of " + table.name() + ": the session already holds "
                    + "the row with key " + key.values() + ". Change that instance instead.");
        }
        entries.put(entity, entry);
        injectRelations(entry);
        // a new row has nothing in the database referring to it yet: its collections start loaded and empty
        for (RelationWrapper w : entry.wrappers) {
            boolean unsetReference = w instanceof LiveBelongsTo<?> b && b.foreignKeyValues().stream().allMatch(v -> v == null);
            if (!(w instanceof LiveBelongsTo<?>) || unsetReference) {
                w.loaded(List.of(), List.of());
            }
        }
    }

    /** Marks a managed instance for deletion at flush; a new one is simply forgotten. */
    public void remove(Object entity) {
        ensureOpen();
        EntityEntry entry = entries.get(entity);
        if (entry == null) {
            TableModel table = tableOf(entity);
            throw new MetalOrmException("Cannot remove " + entity + " of " + table.name() + ": it is not in this session. Load it "
                    + "with find or a query first.");
        }
        if (entry.state == EntityEntry.State.REMOVED) {
            return;
        }
        if (entry.state == EntityEntry.State.NEW) {
            entries.remove(entity);
        } else {
            entry.state = EntityEntry.State.REMOVED;
        }
        for (RelationModel r : entry.table.relations()) {
            boolean cascade = (r instanceof RelationModel.HasMany || r instanceof RelationModel.HasOne) && r.cascade().remove();
            if (cascade) {
                // a new owner's collections are loaded from the start: its new children go with it
                RelationWrapper w = entry.wrappers[r.index()];
                if (!w.isLoadedNow()) {
                    // loads for every row of the table in the session, like load() would
                    load(w, true);
                }
                for (Object child : w.targets()) {
                    remove(child);
                }
            }
        }
    }

    public boolean contains(Object entity) {
        EntityEntry e = entries.get(entity);
        return e != null && e.state != EntityEntry.State.REMOVED;
    }

    /**
     * Writes pending changes in foreign-key order inside the session's transaction. On failure the
     * transaction is rolled back, the connection returned, keys generated during the flush reset to
     * null and the session cleared; the exception is rethrown.
     */
    public void flush() {
        ensureOpen();
        FlushPlan plan = FlushPlan.of(model, entries.values());
        for (EntityEntry e : plan.updates()) {
            applyLinks(e);
        }
        if (plan.inserts().isEmpty() && plan.deletes().isEmpty() && changedPivots.isEmpty()
                && plan.updates().stream().noneMatch(this::isDirty)) {
            return;
        }
        List<EntityEntry> generatedKeys = new ArrayList<>();
        try {
            Connection c = connection();
            for (EntityEntry e : plan.updates()) {
                checkKeyUnchanged(e);
            }
            // updates first (a unique value may move from an old row to a new one), except those
            // that wait for a new parent's generated key
            List<EntityEntry> afterInserts = new ArrayList<>();
            Set<String> inserting = new java.util.HashSet<>();
            for (EntityEntry e : plan.inserts()) {
                inserting.add(e.table.name());
            }
            for (EntityEntry e : plan.updates()) {
                if (waitsForInserts(e, inserting)) {
                    afterInserts.add(e);
                } else {
                    update(c, e);
                }
            }
            List<EntityEntry> deferred = new ArrayList<>();
            for (EntityEntry e : plan.inserts()) {
                applyLinks(e);
                if (insert(c, e)) {
                    generatedKeys.add(e);
                }
                if (!model.deferredDependencies(e.table.name()).isEmpty()) {
                    deferred.add(e);
                }
            }
            for (EntityEntry e : deferred) {
                applyLinks(e);
                updateDeferred(c, e);
            }
            for (EntityEntry e : afterInserts) {
                applyLinks(e);
                update(c, e);
            }
            for (LiveManyToMany<?> w : changedPivots) {
                deletePivotRows(c, w);
            }
            for (EntityEntry e : plan.deletes()) {
                deleteLinksOf(c, e);
            }
            for (LiveManyToMany<?> w : changedPivots) {
                insertPivotRows(c, w);
            }
            for (EntityEntry e : plan.deletes()) {
                expectOneRow(e, statements.delete(e.table, e.table.primaryKey(), e.key.values()));
            }
        } catch (RuntimeException failure) {
            for (EntityEntry e : generatedKeys) {
                e.set(e.table.generatedColumn().orElseThrow(), null);
            }
            abandon(failure);
            throw failure;
        }
        for (EntityEntry e : plan.inserts()) {
            e.state = EntityEntry.State.MANAGED;
            e.snapshot = e.currentValues();
            e.key = e.currentKey();
            identityMap.put(e.key, e);
        }
        for (EntityEntry e : plan.updates()) {
            e.snapshot = e.currentValues();
        }
        for (EntityEntry e : plan.deletes()) {
            identityMap.remove(e.key);
            entries.remove(e.entity);
        }
        for (EntityEntry e : entries.values()) {
            e.links.clear();
            for (RelationWrapper w : e.wrappers) {
                w.flushed();
            }
        }
        for (LiveManyToMany<?> w : changedPivots) {
            w.flushed();
        }
        changedPivots.clear();
    }

    // ---- relation support, for the wrappers and the loader

    EntityEntry entry(Object entity) {
        return entries.get(entity);
    }

    boolean isRemoved(Object entity) {
        EntityEntry e = entries.get(entity);
        return e != null && e.state == EntityEntry.State.REMOVED;
    }

    boolean isTracked(EntityEntry entry) {
        return !closed && entries.get(entry.entity) == entry && entry.state != EntityEntry.State.REMOVED;
    }

    List<Object[]> query(SqlStatement select, List<ColumnModel> columns) {
        return read(() -> jdbc.query(connection(), select, columns));
    }

    /** The session's instance with this primary key, if it holds one (and it is not removed). */
    Object known(TableModel table, List<Object> key) {
        EntityEntry e = identityMap.get(new EntityKey(table.name(), key));
        return e == null || e.state == EntityEntry.State.REMOVED ? null : e.entity;
    }

    /** Loads the wrapper's relation for every entity of its table in the session that has not loaded it. */
    void load(RelationWrapper w) {
        load(w, false);
    }

    private void load(RelationWrapper w, boolean includeRemoved) {
        ensureOpen();
        List<EntityEntry> owners = new ArrayList<>();
        for (EntityEntry e : entries.values()) {
            if (e.table == w.owner.table && (includeRemoved || e.state != EntityEntry.State.REMOVED)
                    && !e.wrappers[w.relation.index()].isLoadedNow()) {
                owners.add(e);
            }
        }
        if (!Identity.contains(owners, w.owner)) {
            owners.add(w.owner);
        }
        owners.sort(java.util.Comparator.comparingLong(e -> e.sequence));
        loader.load(w.owner.table, w.relation, owners);
    }

    void persistIfNew(Object entity) {
        EntityEntry e = entries.get(entity);
        if (e == null || e.state == EntityEntry.State.REMOVED) {
            persist(entity);
        }
    }

    /**
     * Records that the child's foreign-key columns refer to the parent (or to nothing), applied at
     * once when the parent's key is known and again at flush.
     */
    void link(Object child, List<ColumnModel> foreignKey, Object parent, List<ColumnModel> parentKey) {
        EntityEntry entry = entries.get(child);
        if (entry == null) {
            throw new MetalOrmException(child + " is not in this session; persist it first.");
        }
        entry.links.put(foreignKey.stream().map(ColumnModel::name).toList(), new Link(foreignKey, parent, parentKey));
        applyLinks(entry);
    }

    /**
     * Whether an update must wait for this flush's inserts: it points a foreign key at a new parent
     * (through a relation, or by a changed non-null FK column into a table that gets new rows).
     */
    private boolean waitsForInserts(EntityEntry e, Set<String> inserting) {
        for (Link link : e.links.values()) {
            if (link.parent() != null && (values(link.parent(), link.parentKey()).contains(null)
                    || inserting.contains(tableOf(link.parent()).name()))) {
                return true;
            }
        }
        for (ForeignKeyDependency d : model.dependencies()) {
            if (d.child().equals(e.table.name()) && inserting.contains(d.parent())) {
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

    private void applyLinks(EntityEntry e) {
        for (Link link : e.links.values()) {
            List<Object> values = link.parent() == null ? null : values(link.parent(), link.parentKey());
            if (values != null && values.contains(null)) {
                continue; // the parent's key is generated at flush; applied again then
            }
            for (int i = 0; i < link.foreignKey().size(); i++) {
                ColumnModel fk = link.foreignKey().get(i);
                e.set(fk, values == null ? null : Values.coerce(e.table, fk, values.get(i)));
            }
        }
    }

    /** Column values of any entity of the model. */
    List<Object> values(Object entity, List<ColumnModel> columns) {
        TableModel t = tableOf(entity);
        List<Object> out = new ArrayList<>(columns.size());
        for (ColumnModel c : columns) {
            out.add(t.accessor().get(entity, c.index()));
        }
        return out;
    }

    /** The row whose key columns hold these values: from the identity map when it is the primary key, else queried. */
    Object findBy(TableModel table, List<ColumnModel> key, List<Object> values) {
        if (key.equals(table.primaryKey())) {
            return find(table, values.toArray());
        }
        for (EntityEntry e : entries.values()) {
            if (e.table == table && e.state != EntityEntry.State.REMOVED && RelationLoader.normal(e.values(key))
                    .equals(RelationLoader.normal(values))) {
                return e.entity;
            }
        }
        SqlStatement select = statements.select(table, new SqlPredicate.In(key, List.of(values)), List.of(), null, null);
        List<Object[]> rows = query(select, table.columns());
        return rows.isEmpty() ? null : materialize(table, rows.get(0));
    }

    /** Reads, in batched IN queries, the rows with these keys that the session does not hold yet. */
    void prefetch(TableModel table, List<ColumnModel> key, List<List<Object>> keys) {
        boolean primary = key.equals(table.primaryKey());
        List<List<Object>> unknown = new ArrayList<>();
        for (List<Object> k : keys) {
            if (!primary || known(table, k) == null) {
                unknown.add(k);
            }
        }
        int size = statements.dialect().inListBatchSize();
        for (int from = 0; from < unknown.size(); from += size) {
            List<List<Object>> batch = unknown.subList(from, Math.min(unknown.size(), from + size));
            SqlStatement select = statements.select(table, new SqlPredicate.In(key, batch), List.of(), null, null);
            for (Object[] row : query(select, table.columns())) {
                materialize(table, row);
            }
        }
    }

    void pivotChanged(LiveManyToMany<?> w) {
        if (!Identity.contains(changedPivots, w)) {
            changedPivots.add(w);
        }
    }

    private void deletePivotRows(Connection c, LiveManyToMany<?> w) {
        if (w.owner.state == EntityEntry.State.REMOVED) {
            return; // deleteLinksOf takes all of a removed owner's links
        }
        RelationModel.BelongsToMany r = w.rel();
        TableModel pivot = model.table(r.pivot());
        List<ColumnModel> toRoot = pivot.columns(r.pivotForeignKeyToRoot());
        List<ColumnModel> toTarget = pivot.columns(r.pivotForeignKeyToTarget());
        List<ColumnModel> where = new ArrayList<>(toRoot);
        where.addAll(toTarget);
        List<Object> root = w.owner.values(w.owner.table.columns(r.localKey()));
        for (List<Object> targetKey : w.pendingDeleteKeys()) {
            List<Object> values = new ArrayList<>(root);
            values.addAll(targetKey);
            jdbc.update(c, statements.delete(pivot, where, values));
        }
    }

    private void insertPivotRows(Connection c, LiveManyToMany<?> w) {
        RelationModel.BelongsToMany r = w.rel();
        TableModel pivot = model.table(r.pivot());
        TableModel target = model.table(r.target());
        if (w.owner.state == EntityEntry.State.REMOVED) {
            return;
        }
        List<Object> root = w.owner.values(w.owner.table.columns(r.localKey()));
        for (Object t : w.pendingInserts()) {
            EntityEntry targetEntry = entries.get(t);
            if (targetEntry != null && targetEntry.state == EntityEntry.State.REMOVED) {
                continue;
            }
            List<ColumnModel> columns = new ArrayList<>(pivot.columns(r.pivotForeignKeyToRoot()));
            List<Object> values = new ArrayList<>(root);
            columns.addAll(pivot.columns(r.pivotForeignKeyToTarget()));
            values.addAll(values(t, target.columns(r.targetKey())));
            for (Map.Entry<String, Object> p : w.payload(t).entrySet()) {
                columns.add(pivot.column(p.getKey()));
                values.add(p.getValue());
            }
            jdbc.update(c, statements.insert(pivot, columns, values));
        }
    }

    /**
     * Before a row is deleted, the pivot rows linking it through any many-to-many relation of the
     * model (declared on either side) go: they are links, not entities.
     */
    private void deleteLinksOf(Connection c, EntityEntry e) {
        List<String> done = new ArrayList<>();
        for (TableModel t : model.tables()) {
            for (RelationModel r : t.relations()) {
                if (r instanceof RelationModel.BelongsToMany m) {
                    if (m.owner().equals(e.table.name())) {
                        deletePivotRowsOf(c, e, m.pivot(), m.pivotForeignKeyToRoot(), m.localKey(), done);
                    }
                    if (m.target().equals(e.table.name())) {
                        deletePivotRowsOf(c, e, m.pivot(), m.pivotForeignKeyToTarget(), m.targetKey(), done);
                    }
                }
            }
        }
    }

    private void deletePivotRowsOf(Connection c, EntityEntry e, String pivotName, List<String> pivotColumns,
                                   List<String> referenced, List<String> done) {
        String id = pivotName + pivotColumns;
        if (done.contains(id)) {
            return;
        }
        done.add(id);
        TableModel pivot = model.table(pivotName);
        List<Object> values = new ArrayList<>();
        for (ColumnModel col : e.table.columns(referenced)) {
            values.add(e.snapshot[col.index()]);
        }
        jdbc.update(c, statements.delete(pivot, pivot.columns(pivotColumns), values));
    }

    /** Flushes, commits and gives the connection back. */
    public void commit() {
        ensureOpen();
        closeStream();
        flush();
        if (connection == null) {
            return;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            MetalOrmException failure = new MetalOrmException("Commit failed: " + e.getMessage(), e);
            abandon(failure);
            throw failure;
        }
        release();
    }

    /** Rolls back, gives the connection back and clears the session: its instances are detached. */
    public void rollback() {
        ensureOpen();
        rollbackQuietly(null);
        release();
        clear();
    }

    /** Detaches every instance; pending changes are forgotten. */
    public void clear() {
        identityMap.clear();
        entries.clear();
        changedPivots.clear();
    }

    /** Rolls back what was not committed and gives the connection back. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (connection != null) {
            rollbackQuietly(null);
            release();
        }
        clear();
    }

    // ---- flush steps

    private boolean insert(Connection c, EntityEntry e) {
        TableModel t = e.table;
        ColumnModel generated = t.generatedColumn().orElse(null);
        Set<String> deferredColumns = new LinkedHashSet<>();
        for (ForeignKeyDependency d : model.deferredDependencies(t.name())) {
            deferredColumns.addAll(d.childColumns());
        }
        List<ColumnModel> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (ColumnModel col : t.columns()) {
            Object v = e.get(col);
            if (col == generated && v == null) {
                continue;
            }
            if (v == null && t.primaryKey().contains(col)) {
                throw new MetalOrmException("Cannot insert into " + t + ": primary-key column " + col.name()
                        + " is null and not generated. Set it before flush.");
            }
            columns.add(col);
            values.add(deferredColumns.contains(col.name()) ? null : v);
        }
        SqlStatement insert = statements.insert(t, columns, values);
        if (generated != null && e.get(generated) == null) {
            e.set(generated, jdbc.insert(c, insert, generated));
            return true;
        }
        jdbc.update(c, insert);
        return false;
    }

    private void updateDeferred(Connection c, EntityEntry e) {
        List<ColumnModel> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (ForeignKeyDependency d : model.deferredDependencies(e.table.name())) {
            for (ColumnModel col : e.table.columns(d.childColumns())) {
                Object v = e.get(col);
                if (v != null && !columns.contains(col)) {
                    columns.add(col);
                    values.add(v);
                }
            }
        }
        if (!columns.isEmpty()) {
            jdbc.update(c, statements.update(e.table, columns, values, e.table.primaryKey(), e.values(e.table.primaryKey())));
        }
    }

    /** Runs an UPDATE or DELETE by primary key that must find its row; a lost row fails the flush. */
    private void expectOneRow(EntityEntry e, SqlStatement statement) {
        int rows = jdbc.update(connection, statement);
        if (rows != 1) {
            throw new dev.metalorm.StatementException("Expected 1 row of " + e.table.name() + " with key " + e.key.values()
                    + ", found " + rows + " (deleted or re-keyed outside this session?); the flush was rolled back",
                    statement.sql(), null);
        }
    }

    private boolean isDirty(EntityEntry e) {
        for (ColumnModel col : e.table.columns()) {
            if (!Values.same(e.snapshot[col.index()], e.get(col))) {
                return true;
            }
        }
        return false;
    }

    private void checkKeyUnchanged(EntityEntry e) {
        for (ColumnModel col : e.table.primaryKey()) {
            if (!Values.same(e.snapshot[col.index()], e.get(col))) {
                throw new MetalOrmException("The primary key of a " + e.table.source() + " changed from " + e.key.values()
                        + " (column " + col.name() + " is now " + e.get(col) + "). Keys are immutable: remove the row and "
                        + "persist a new one.");
            }
        }
    }

    private void update(Connection c, EntityEntry e) {
        List<ColumnModel> changed = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (ColumnModel col : e.table.columns()) {
            Object now = e.get(col);
            if (!Values.same(e.snapshot[col.index()], now)) {
                changed.add(col);
                values.add(now);
            }
        }
        if (!changed.isEmpty()) {
            expectOneRow(e, statements.update(e.table, changed, values, e.table.primaryKey(), e.key.values()));
        }
    }

    // ---- connection and transaction

    private Connection connection() {
        if (openCursor != null) {
            throw new MetalOrmException("A stream is still open on this session (" + openCursor.describe() + "); nothing else "
                    + "runs in the session until it is closed (MySQL and MariaDB refuse any other statement on the connection "
                    + "meanwhile). Close the stream first (try-with-resources), or collect it with list().");
        }
        if (connection == null) {
            Connection c;
            try {
                c = dataSource.getConnection();
            } catch (SQLException e) {
                throw new MetalOrmException("Cannot get a connection from the DataSource: " + e.getMessage(), e);
            }
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c);
                throw new MetalOrmException("Cannot start a transaction: " + e.getMessage(), e);
            }
            connection = c;
        }
        return connection;
    }

    /** After a failure: roll back, give the connection back, forget everything. */
    private void abandon(RuntimeException failure) {
        rollbackQuietly(failure);
        release();
        clear();
    }

    /** An open stream ends with its transaction: commit, rollback, close and failures close it first. */
    private void closeStream() {
        JdbcExecutor.Cursor c = openCursor;
        openCursor = null;
        if (c != null) {
            c.close();
        }
    }

    private void rollbackQuietly(RuntimeException failure) {
        closeStream();
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private void release() {
        closeStream();
        Connection c = connection;
        connection = null;
        if (c == null) {
            return;
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool resets it; closing is what matters
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more can be done with a connection that does not close
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new MetalOrmException("This session is closed. Open a new one from MetalOrm.");
        }
    }

    TableModel tableOf(Object entity) {
        if (entity == null) {
            throw new MetalOrmException("Entity is null");
        }
        if (entity instanceof Row row) {
            TableModel t = model.table(row.table().name());
            if (!t.accessor().handles(row)) {
                throw new MetalOrmException("Row of " + row.table() + " does not belong to this MetalOrm's table " + t);
            }
            return t;
        }
        return model.table(entity.getClass());
    }
}
