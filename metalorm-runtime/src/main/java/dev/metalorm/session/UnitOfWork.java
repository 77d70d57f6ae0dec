package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.jdbc.JdbcExecutor;
import dev.metalorm.query.IncludeSpec;
import dev.metalorm.query.QueryRunner;
import dev.metalorm.query.QueryRunner.WriteKind;
import dev.metalorm.relation.Unattached;
import dev.metalorm.schema.Row;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import dev.metalorm.sql.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /** Refuses a second thread inside the session while one is in a call (a session is not thread-safe). */
    private final ConfinementGuard confinement = new ConfinementGuard();
    private final IdentityMap identityMap = new IdentityMap();
    /** The statement that sets a connection's zone to UTC for the session's statements; null when the model needs none. */
    private final String utcZone;
    /** Whether the session set its own connection's zone to UTC: set back before the connection goes back. */
    private boolean ownZoneSet;
    /** Whether this call set the joined connection's zone to UTC: set back as the call ends. */
    private boolean joinedZoneSet;
    private final Entries entries = new Entries();
    private final RelationLoader loader = new RelationLoader(this);
    private final List<LiveManyToMany<?>> changedPivots = new ArrayList<>();
    /** Membership of {@link #changedPivots} by instance: a list scan per attach was quadratic in a bulk insert. */
    private final Set<LiveManyToMany<?>> changedPivotSet = Collections.newSetFromMap(new IdentityHashMap<>());
    /** New instances with a given key, by key, so that a second instance for the same row is refused at persist. */
    private final IdentityMap newByKey = new IdentityMap();
    /** Rows given a generated key since the transaction began: reset when it does not commit. */
    private final List<EntityEntry> uncommittedKeys = new ArrayList<>();
    /** By the relation's own key-name list (identity: the model's lists are fixed), then table. */
    private final Map<List<String>, Map<TableModel, List<ColumnModel>>> columnLists = new IdentityHashMap<>();
    /** Bumped whenever an instance comes into a wrapper; see {@link #holdersOf}. */
    private long holdings;
    private long holdersBuiltAt = -1;
    private final Map<String, Map<Object, List<RelationWrapper>>> holdersByTable = new HashMap<>();
    /** Per table, the tables with a relation to it: whose wrappers may hold its rows. */
    private final Map<String, Set<TableModel>> holderTables = new HashMap<>();
    /** Per table, the many-to-many relations whose pivot it is (a junction the plugin maps as an entity too). */
    private final Map<String, List<RelationModel.BelongsToMany>> pivotOf = new HashMap<>();
    private Connection connection;
    /** The connection this session joined (MetalOrm.openSession(Connection)), or null: never committed, closed nor switched to auto-commit here. */
    private final Connection joined;
    /** The open inTransaction blocks, innermost first. */
    private final java.util.ArrayDeque<OpenBlock> blocks = new java.util.ArrayDeque<>();
    /** The options of the outermost block's transaction (the defaults outside a block). */
    private dev.metalorm.TransactionOptions activeOptions = dev.metalorm.TransactionOptions.defaults();
    /** System.nanoTime() past which the transaction has timed out; 0 for none. */
    private long deadline;
    /** The connection's isolation level before the options changed it, or -1. */
    private int previousIsolation = -1;
    /** Whether the options made the connection read-only (set back on release). */
    private boolean madeReadOnly;
    /** The open stream, if any: MySQL/MariaDB refuse every other statement on the connection until it is closed. */
    private JdbcExecutor.Cursor openCursor;
    private long sequence;
    private boolean closed;

    public UnitOfWork(Model model, DataSource dataSource, Statements statements, JdbcExecutor jdbc) {
        this(model, dataSource, statements, jdbc, null);
    }

    /** @param joined a connection whose transaction someone else owns (the session only flushes on it), or null */
    public UnitOfWork(Model model, DataSource dataSource, Statements statements, JdbcExecutor jdbc, Connection joined) {
        this.model = model;
        this.dataSource = dataSource;
        this.statements = statements;
        this.jdbc = jdbc;
        this.joined = joined;
        this.utcZone = model.mapsInstants() ? statements.dialect().utcTimeZoneStatement() : null;
        if (joined != null && utcZone != null) {
            // a joined connection is the owner's between the session's calls: its statements run in the owner's zone
            confinement.atOutermostExit(this::restoreJoinedZone);
        }
    }

    @Override
    public Model model() {
        return model;
    }

    // ---- reading

    /** The row with this primary key, through the identity map; null when there is none (or it was removed). */
    public Object find(TableModel table, Object... key) {
        confinement.enter();
        try {
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
            EntityEntry known = identityMap.get(table, values);
            if (known != null) {
                return known.state == EntityEntry.State.REMOVED ? null : known.entity;
            }
            SqlPredicate where = equalities.size() == 1 ? equalities.get(0) : new SqlPredicate.Junction(true, equalities);
            SqlStatement select = statements.select(table, where, List.of(), null, null);
            List<Object[]> rows = read(() -> jdbc.query(connection(), select, table.columns()));
            return rows.isEmpty() ? null : materialize(table, rows.get(0));
        } finally {
            confinement.exit();
        }
    }

    @Override
    public Statements statements() {
        return statements;
    }

    @Override
    public List<Object[]> rows(SqlStatement statement, List<ColumnModel> readers) {
        confinement.enter();
        try {
            ensureOpen();
            return read(() -> jdbc.query(connection(), statement, readers));
        } finally {
            confinement.exit();
        }
    }

    @Override
    public long count(SqlStatement statement) {
        confinement.enter();
        try {
            ensureOpen();
            return read(() -> jdbc.queryLong(connection(), statement));
        } finally {
            confinement.exit();
        }
    }

    @Override
    public List<Object[]> rawRows(SqlStatement statement, java.util.function.Function<List<String>, List<ColumnModel>> readers) {
        confinement.enter();
        try {
            ensureOpen();
            return read(() -> jdbc.queryRaw(connection(), statement, readers));
        } finally {
            confinement.exit();
        }
    }

    @Override
    public Cursor cursor(SqlStatement statement, List<ColumnModel> readers, int fetchSize) {
        confinement.enter();
        try {
            ensureOpen();
            JdbcExecutor.Cursor c = read(() -> jdbc.cursor(connection(), statement, readers, fetchSize));
            openCursor = c;
            return new Cursor() {
                private boolean closed;

                @Override
                public Object[] next() {
                    confinement.enter();
                    try {
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
                    } finally {
                        confinement.exit();
                    }
                }

                @Override
                public void close() {
                    confinement.enter();
                    try {
                        if (!closed) {
                            closed = true;
                            if (openCursor == c) {
                                openCursor = null;
                            }
                            c.close();
                        }
                    } finally {
                        confinement.exit();
                    }
                }
            };
        } finally {
            confinement.exit();
        }
    }

    @Override
    public Object managed(TableModel table, Object[] row) {
        confinement.enter();
        try {
            Object entity = materialize(table, row);
            EntityEntry entry = entries.get(entity);
            return entry != null && entry.state == EntityEntry.State.REMOVED ? null : entity;
        } finally {
            confinement.exit();
        }
    }

    @Override
    public Object detached(TableModel table, Object[] row) {
        Object entity = table.accessor().newInstance();
        for (ColumnModel c : table.columns()) {
            if (!c.shadow()) {
                table.accessor().set(entity, c.index(), row[c.index()]); // shadow values live in the session
            }
        }
        return entity;
    }

    @Override
    public Object value(Object entity, ColumnModel column) {
        confinement.enter();
        try {
            EntityEntry e = entries.get(entity);
            if (e != null) {
                return e.get(column);
            }
            return column.shadow() ? null : tableOf(entity).accessor().get(entity, column.index());
        } finally {
            confinement.exit();
        }
    }

    @Override
    public void include(TableModel table, List<Object> entities, List<IncludeSpec> includes) {
        confinement.enter();
        try {
            ensureOpen();
            read(() -> {
                loader.include(table, entities, includes);
                return null;
            });
        } finally {
            confinement.exit();
        }
    }

    @Override
    public int execute(TableModel table, List<SqlStatement> writes, WriteKind kind, List<ColumnModel> changed) {
        confinement.enter();
        try {
            ensureOpen();
            requireWritable("run a set-based " + kind.name().toLowerCase(java.util.Locale.ROOT) + " on " + table.name());
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
        } finally {
            confinement.exit();
        }
    }

    @Override
    public <R> R guard(java.util.function.Supplier<R> work) {
        confinement.enter();
        try {
            return read(work);
        } finally {
            confinement.exit();
        }
    }

    @Override
    public boolean holds(Object entity) {
        confinement.enter();
        try {
            return entries.containsKey(entity);
        } finally {
            confinement.exit();
        }
    }

    @Override
    public Object adopt(TableModel table, Object entity, Object[] row) {
        confinement.enter();
        try {
            List<Object> keyValues = new ArrayList<>();
            for (ColumnModel c : table.primaryKey()) {
                keyValues.add(row[c.index()]);
            }
            // what the object's relations were given before (posts added, a reference set) goes to the row's instance
            Object[] own = ownWrappers(table, entity);
            EntityEntry known = identityMap.get(table, keyValues);
            if (known != null) {
                handOver(own, known);
                return known.entity;
            }
            EntityEntry entry = new EntityEntry(table, entity, sequence++, EntityEntry.State.MANAGED);
            for (ColumnModel c : table.columns()) {
                entry.set(c, row[c.index()]);
            }
            entry.snapshot = EntityEntry.snapshotOf(row, row.length);
            entry.key = KeyValues.of(keyValues);
            identityMap.put(table, entry.key, entry);
            entries.put(entry);
            injectRelations(entry);
            handOver(own, entry);
            return entity;
        } finally {
            confinement.exit();
        }
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
                    keys.add(e.key);
                }
                SqlStatement select = statements.select(table, new SqlPredicate.In(table.primaryKey(), keys), List.of(), null, null);
                for (Object[] row : jdbc.query(connection(), select, table.columns())) {
                    List<Object> key = new ArrayList<>();
                    for (ColumnModel c : table.primaryKey()) {
                        key.add(row[c.index()]);
                    }
                    EntityEntry e = identityMap.get(table, key);
                    if (e != null) {
                        seen.add(e);
                        for (ColumnModel c : table.columns()) {
                            e.set(c, row[c.index()]);
                        }
                        e.snapshot = EntityEntry.snapshotOf(row, row.length);
                    }
                }
            }
            for (EntityEntry e : held) {
                if (!seen.contains(e)) {
                    identityMap.remove(e.table, e.key);
                    entries.remove(e.entity);
                    forgetHolders(); // the index of who holds what may name wrappers of entities that left
                }
            }
        }
        for (EntityEntry e : entries.values()) {
            for (int wi = 0; wi < e.wrapperCount(); wi++) {
                RelationWrapper w = e.wrapper(wi);
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
            return detached(table, values);
        }
        List<Object> keyValues = new ArrayList<>();
        for (ColumnModel c : table.primaryKey()) {
            keyValues.add(values[c.index()]);
        }
        KeyValues key = KeyValues.of(keyValues);
        EntityEntry known = identityMap.get(table, key);
        if (known != null) {
            return known.entity;
        }
        Object entity = table.accessor().newInstance();
        EntityEntry entry = new EntityEntry(table, entity, sequence++, EntityEntry.State.MANAGED);
        for (ColumnModel c : table.columns()) {
            entry.set(c, values[c.index()]);
        }
        entry.snapshot = EntityEntry.snapshotOf(values, table.columns().size());
        entry.key = key;
        identityMap.put(table, key, entry);
        entries.put(entry);
        injectRelations(entry);
        return entity;
    }

    /**
     * Puts live wrappers into the entity's relation fields (or row slots), replacing whatever was
     * there: null, or an {@link Unattached} wrapper the object made before it was in a session.
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
            entry.putWrapper(r.index(), w);
            entry.table.accessor().setRelation(entry.entity, r.index(), w);
        }
    }

    // ---- writing

    /** Makes a new instance pending insert, or a removed one managed again. */
    public void persist(Object entity) {
        confinement.enter();
        try {
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
            KeyValues key = entry.currentKey();
            if (keyGiven(table, key)) {
                if (identityMap.get(table, key) != null) {
                    throw new MetalOrmException("Cannot persist " + entity + " as a new row of " + table.name() + ": the session already "
                            + "holds the row with key " + key + ". Change that instance instead.");
                }
                EntityEntry other = newByKey.get(table, key);
                if (other != null && entries.holds(other) && other.state == EntityEntry.State.NEW
                        && other.currentKey().equals(key)) {
                    throw new MetalOrmException("Cannot persist " + entity + " as a new row of " + table.name() + ": another new "
                            + "instance in this session has the same key " + key + " and is not flushed yet. Persist one "
                            + "instance per row, or give this one another key.");
                }
                newByKey.put(table, key, entry);
            }
            entries.put(entry);
            Object[] before = ownWrappers(table, entity);
            injectRelations(entry);
            // a new row has nothing in the database referring to it yet: its collections start loaded and empty
            for (int wi = 0; wi < entry.wrapperCount(); wi++) {
                RelationWrapper w = entry.wrapper(wi);
                boolean unsetReference = w instanceof LiveBelongsTo<?> b && allNull(b.foreignKeyValues());
                if (!(w instanceof LiveBelongsTo<?>) || unsetReference) {
                    w.loaded(List.of(), List.of());
                }
            }
            handOver(before, entry);
        } finally {
            confinement.exit();
        }
    }

    /** The wrappers a new object made itself (field initialisers, lazy getters): they may hold changes to hand over. */
    private static Object[] ownWrappers(TableModel table, Object entity) {
        Object[] out = new Object[table.relations().size()];
        for (RelationModel r : table.relations()) {
            out[r.index()] = table.accessor().relation(entity, r.index());
        }
        return out;
    }

    /** Replays what the object's own wrappers recorded into the entry's live wrappers, which they forward to from now on. */
    private static void handOver(Object[] own, EntityEntry entry) {
        for (int i = 0; i < own.length; i++) {
            if (own[i] instanceof Unattached pending && !pending.attached()) {
                pending.attachTo(entry.wrapper(i));
            }
        }
    }

    /** Something came into a wrapper: {@link #holdersOf} is built again at the next remove. */
    void holdingsChanged() {
        holdings++;
    }

    /** {@link #holdingsChanged} as the one hook every wrapper's lists share (a lambda per list was 40,000 objects in a 10,000-owner session). */
    final Runnable onHoldingsChanged = this::holdingsChanged;

    private void forgetHolders() {
        holdersByTable.clear();
        holdings++;
    }

    /**
     * The loaded wrappers that hold each instance of the table, built in one pass over the session
     * and kept while nothing comes into any wrapper: removing n rows one by one scanned every entry
     * per row before (20,000 posts of 4,000 users took 33 seconds). An entry may name a wrapper that
     * has let go of the instance since: forgetting it there again does nothing.
     */
    private Map<Object, List<RelationWrapper>> holdersOf(String table, Set<TableModel> tables) {
        if (holdersBuiltAt != holdings) {
            holdersByTable.clear();
            holdersBuiltAt = holdings;
        }
        return holdersByTable.computeIfAbsent(table, t -> {
            Map<Object, List<RelationWrapper>> out = new IdentityHashMap<>();
            for (EntityEntry e : entries.values()) {
                if (tables.contains(e.table)) {
                    for (int wi = 0; wi < e.wrapperCount(); wi++) {
                        RelationWrapper w = e.wrapper(wi);
                        if (w.loaded && w.relation.target().equals(t)) {
                            for (Object held : w.targets()) {
                                out.computeIfAbsent(held, k -> new ArrayList<>(1)).add(w);
                            }
                            for (Object held : w.pendingHeld()) {
                                out.computeIfAbsent(held, k -> new ArrayList<>(1)).add(w);
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    private static boolean allNull(List<Object> values) {
        for (int i = 0; i < values.size(); i++) { // by index: an iterator per new row's reference showed as garbage
            if (values.get(i) != null) {
                return false;
            }
        }
        return true;
    }

    /** Marks a managed instance for deletion at flush; a new one is simply forgotten. */
    public void remove(Object entity) {
        confinement.enter();
        try {
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
            // loaded collections and hasOne references that hold the row let go of it: the graph follows the database
            String table = entry.table.name();
            Set<TableModel> holders = holderTables.computeIfAbsent(table, this::tablesRelatedTo);
            if (!holders.isEmpty()) {
                List<RelationWrapper> holding = holdersOf(table, holders).remove(entity);
                if (holding != null) {
                    for (RelationWrapper w : holding) {
                        w.forgetRemoved(entity);
                    }
                }
            }
            forgetLinkOf(entry);
            for (RelationModel r : entry.table.relations()) {
                boolean cascade = (r instanceof RelationModel.HasMany || r instanceof RelationModel.HasOne) && r.cascade().remove();
                if (cascade) {
                    // a new owner's collections are loaded from the start: its new children go with it
                    RelationWrapper w = entry.wrapper(r.index());
                    if (!w.isLoadedNow()) {
                        // loads for every row of the table in the session, like load() would
                        load(w, true);
                    }
                    for (Object child : w.targets()) {
                        remove(child);
                    }
                }
            }
        } finally {
            confinement.exit();
        }
    }

    /** The tracked row these values of the columns name (only when the columns are its table's primary key), or null. */
    EntityEntry referencedEntry(TableModel table, List<String> columns, List<Object> values) {
        if (values.contains(null) || !table.columns(columns).equals(table.primaryKey())) {
            return null;
        }
        return identityMap.get(table, values);
    }

    /**
     * A child's reference was set from one parent to another: the loaded collections of the inverse
     * hasMany (the target's hasMany over the same foreign key) show it where it went, as an add to
     * the new parent's collection would. They kept showing it under the old parent.
     */
    void moved(EntityEntry child, RelationModel.BelongsTo reference, EntityEntry from, EntityEntry to) {
        if (from == to) {
            return;
        }
        for (RelationModel r : model.table(reference.target()).relations()) {
            if (r instanceof RelationModel.HasMany h && h.target().equals(child.table.name())
                    && h.foreignKey().equals(reference.foreignKey())) {
                if (from != null && from.state != EntityEntry.State.REMOVED && from.wrapper(h.index()) instanceof LiveHasMany<?> old) {
                    old.childLeft(child.entity);
                }
                if (to != null && to.wrapper(h.index()) instanceof LiveHasMany<?> now) {
                    now.childJoined(child.entity);
                }
            }
        }
    }

    /**
     * A removed row of a pivot table: the loaded many-to-many collections that show its link let go of
     * the target, as after a detach. They kept showing it (Pagila's film_actor removed as an entity),
     * and a detach after that deleted nothing.
     */
    private void forgetLinkOf(EntityEntry pivotRow) {
        List<RelationModel.BelongsToMany> relations = pivotOf.computeIfAbsent(pivotRow.table.name(), pivot -> {
            List<RelationModel.BelongsToMany> out = new ArrayList<>();
            for (TableModel t : model.tables()) {
                for (RelationModel r : t.relations()) {
                    if (r instanceof RelationModel.BelongsToMany m && m.pivot().equals(pivot)) {
                        out.add(m);
                    }
                }
            }
            return out;
        });
        for (RelationModel.BelongsToMany r : relations) {
            // the owner is found by its primary key only
            EntityEntry ownerEntry = referencedEntry(model.table(r.owner()), r.localKey(),
                    pivotRow.values(pivotRow.table.columns(r.pivotForeignKeyToRoot())));
            if (ownerEntry != null && ownerEntry.state != EntityEntry.State.REMOVED
                    && ownerEntry.wrapper(r.index()) instanceof LiveManyToMany<?> links && links.loaded) {
                links.forgetLink(pivotRow.values(pivotRow.table.columns(r.pivotForeignKeyToTarget())));
            }
        }
    }

    private Set<TableModel> tablesRelatedTo(String table) {
        Set<TableModel> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableModel t : model.tables()) {
            for (RelationModel r : t.relations()) {
                if (r.target().equals(table) && !(r instanceof RelationModel.BelongsTo)) {
                    out.add(t); // a belongsTo keeps pointing at a removed row, as its foreign key does
                }
            }
        }
        return out;
    }

    /** Whether every key value is given: none null, and a generated key not left at its unset value (a primitive's zero). */
    private static boolean keyGiven(TableModel table, List<Object> key) {
        for (int i = 0; i < key.size(); i++) {
            ColumnModel c = table.primaryKey().get(i);
            Object v = key.get(i);
            if (v == null || c.generated() && v.equals(table.accessor().unset(c.index()))) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(Object entity) {
        confinement.enter();
        try {
            EntityEntry e = entries.get(entity);
            return e != null && e.state != EntityEntry.State.REMOVED;
        } finally {
            confinement.exit();
        }
    }

    /**
     * Writes pending changes in foreign-key order inside the session's transaction. On failure the
     * transaction is rolled back, the connection returned, keys generated during the flush reset to
     * null and the session cleared; the exception is rethrown.
     */
    public void flush() {
        confinement.enter();
        try {
            ensureOpen();
            FlushPlan plan = FlushPlan.of(model, entries.values());
            for (EntityEntry e : plan.updates()) {
                applyLinks(e);
            }
            if (plan.insertCount() == 0 && plan.deletes().isEmpty() && changedPivots.isEmpty()
                    && plan.updates().stream().noneMatch(this::isDirty)) {
                return;
            }
            requireWritable("write its pending changes");
            Flush flush = null;
            // on a joined connection the session cannot roll the transaction back: a savepoint keeps a failed flush from leaving part of it
            java.sql.Savepoint beforeFlush = null;
            try {
                Connection c = connection();
                if (joined != null) {
                    beforeFlush = savepoint(c);
                }
                flush = new Flush(this, c, jdbc);
                flush.run(plan, changedPivots);
            } catch (RuntimeException failure) {
                if (flush != null) {
                    resetKeys(flush.keyed());
                }
                if (beforeFlush != null) {
                    try {
                        connection.rollback(beforeFlush);
                    } catch (SQLException e) {
                        failure.addSuppressed(e);
                    }
                }
                abandon(failure);
                throw failure;
            }
            if (beforeFlush != null) {
                releaseQuietly(beforeFlush);
            }
            uncommittedKeys.addAll(flush.keyed());
            // one pass per list, each entry's bookkeeping together: a separate pass over all entries afterwards
            // was a tenth of MetalORM's own time in a 140,000-row flush
            for (EntityEntry e : flush.insertedLate()) { // the rest came in as their batches returned
                inserted(e);
            }
            newByKey.clear();
            for (EntityEntry e : plan.updates()) {
                e.snapshot = e.currentValues();
                flushed(e);
            }
            for (EntityEntry e : plan.deletes()) {
                identityMap.remove(e.table, e.key);
                entries.remove(e.entity);
                forgetHolders(); // the index of who holds what may name wrappers of entities that left
            }
            if (entries.size() != plan.insertCount() + plan.updates().size()) {
                for (EntityEntry e : entries.values()) { // an entry came in during the flush
                    flushed(e);
                }
            }
            for (LiveManyToMany<?> w : changedPivots) {
                w.flushed();
            }
            changedPivots.clear();
            changedPivotSet.clear();
        } finally {
            confinement.exit();
        }
    }

    /**
     * A new row is in the database: the entry is managed, holds its values as the snapshot and is
     * found by its key. The flush calls this as each batch of inserts returns; it leaves the pending
     * pivot rows of the entry's many-to-many collections alone, written later in the flush and
     * marked written with the other changed collections.
     */
    void inserted(EntityEntry e) {
        e.state = EntityEntry.State.MANAGED;
        e.snapshot = e.currentValues();
        e.key = e.currentKey();
        identityMap.put(e.table, e.key, e);
        e.clearLinks();
        for (int wi = 0; wi < e.wrapperCount(); wi++) {
            RelationWrapper w = e.wrapper(wi);
            if (!(w instanceof LiveManyToMany<?>)) {
                w.flushed();
            }
        }
    }

    /** The entry's pending links and its wrappers' pending changes are written. */
    private static void flushed(EntityEntry e) {
        e.clearLinks();
        for (int wi = 0; wi < e.wrapperCount(); wi++) {
            RelationWrapper w = e.wrapper(wi);
            w.flushed();
        }
    }

    /**
     * Sets generated keys back to unset (null, or a primitive's zero): their rows were rolled back,
     * and an instance must not carry the key of a row that does not exist.
     */
    private static void resetKeys(List<EntityEntry> keyed) {
        for (EntityEntry e : keyed) {
            ColumnModel generated = e.table.generatedColumn().orElseThrow();
            e.set(generated, e.table.accessor().unset(generated.index()));
        }
    }

    // ---- relation support, for the wrappers and the loader

    EntityEntry entry(Object entity) {
        return entries.get(entity);
    }

    /**
     * The table's columns of these names, looked up once per session: wrappers ask for their key
     * columns on every load, once per owner row.
     */
    List<ColumnModel> columns(TableModel table, List<String> names) {
        Map<TableModel, List<ColumnModel>> byTable = columnLists.get(names);
        if (byTable == null) {
            byTable = new IdentityHashMap<>();
            columnLists.put(names, byTable);
        }
        List<ColumnModel> columns = byTable.get(table);
        if (columns == null) { // looked up without a lambda: one capturing the names per call was garbage per new row
            columns = List.copyOf(table.columns(names)); // immutable: shared, and kept as is by a Link
            byTable.put(table, columns);
        }
        return columns;
    }

    boolean isRemoved(Object entity) {
        EntityEntry e = entries.get(entity);
        return e != null && e.state == EntityEntry.State.REMOVED;
    }

    boolean isTracked(EntityEntry entry) {
        return !closed && entries.holds(entry) && entry.state != EntityEntry.State.REMOVED;
    }

    List<Object[]> query(SqlStatement select, List<ColumnModel> columns) {
        return read(() -> jdbc.query(connection(), select, columns));
    }

    /** The session's instance with this primary key, if it holds one (and it is not removed). */
    Object known(TableModel table, List<Object> key) {
        EntityEntry e = identityMap.get(table, key);
        return e == null || e.state == EntityEntry.State.REMOVED ? null : e.entity;
    }

    /** Loads the wrapper's relation for every entity of its table in the session that has not loaded it. */
    void load(RelationWrapper w) {
        load(w, false);
    }

    private void load(RelationWrapper w, boolean includeRemoved) {
        confinement.enter();
        try {
            ensureOpen();
            List<EntityEntry> owners = new ArrayList<>();
            for (EntityEntry e : entries.values()) {
                if (e.table == w.owner.table && (includeRemoved || e.state != EntityEntry.State.REMOVED)
                        && !e.wrapper(w.relation.index()).isLoadedNow()) {
                    owners.add(e);
                }
            }
            if (!Identity.contains(owners, w.owner)) {
                owners.add(w.owner);
            }
            owners.sort(java.util.Comparator.comparingLong(e -> e.sequence));
            loader.load(w.owner.table, w.relation, owners);
        } finally {
            confinement.exit();
        }
    }

    void persistIfNew(Object entity) {
        confinement.enter();
        try {
            EntityEntry e = entries.get(entity);
            if (e == null || e.state == EntityEntry.State.REMOVED) {
                persist(entity);
            }
        } finally {
            confinement.exit();
        }
    }

    /**
     * Records that the child's foreign-key columns refer to the parent (or to nothing), applied at
     * once when the parent's key is known and again at flush.
     */
    void link(Object child, List<ColumnModel> foreignKey, Object parent, List<ColumnModel> parentKey) {
        confinement.enter();
        try {
            EntityEntry entry = entries.get(child);
            if (entry == null) {
                throw new MetalOrmException(child + " is not in this session; persist it first.");
            }
            entry.putLink(new Link(foreignKey, parent, parent == null ? null : entries.get(parent), parentKey));
            // the child's reference over these columns names that parent now (a collection's add or remove set them)
            for (int wi = 0; wi < entry.wrapperCount(); wi++) {
                RelationWrapper w = entry.wrapper(wi);
                if (w instanceof LiveBelongsTo<?> reference && reference.over(foreignKey)) {
                    reference.pointedAt(parent);
                }
            }
            applyLinks(entry);
        } finally {
            confinement.exit();
        }
    }

    /** Points the foreign keys of the entry's pending links at their parents, where the parents' keys are known. */
    void applyLinks(EntityEntry e) {
        if (!e.hasLinks()) {
            return;
        }
        Link only = e.onlyLink();
        if (only != null) {
            applyLink(e, only);
            return;
        }
        for (Link link : e.links()) {
            applyLink(e, link);
        }
    }

    private void applyLink(EntityEntry e, Link link) {
        List<ColumnModel> foreignKey = link.foreignKey();
        if (link.parent() == null) {
            for (ColumnModel fk : foreignKey) {
                e.set(fk, null);
            }
            return;
        }
        // read through the parent's entry, without a list per link: every new child of a big flush comes here twice
        EntityEntry parent = link.parentEntry() != null && entries.holds(link.parentEntry()) ? link.parentEntry()
                : entries.get(link.parent());
        List<ColumnModel> parentKey = link.parentKey();
        if (foreignKey.size() == 1) {
            Object v = parent != null ? parent.get(parentKey.get(0)) : value(link.parent(), parentKey.get(0));
            if (v != null) { // else the parent's key is generated at flush; applied again then
                e.set(foreignKey.get(0), Values.coerce(e.table, foreignKey.get(0), v));
            }
            return;
        }
        List<Object> values = parent != null ? parent.values(parentKey) : values(link.parent(), parentKey);
        if (values.contains(null)) {
            return;
        }
        for (int i = 0; i < foreignKey.size(); i++) {
            ColumnModel fk = foreignKey.get(i);
            e.set(fk, Values.coerce(e.table, fk, values.get(i)));
        }
    }

    /** Column values of any entity of the model (through its entry when the session tracks it). */
    List<Object> values(Object entity, List<ColumnModel> columns) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(entity, columns.get(i));
        }
        return KeyValues.owning(out);
    }

    /** The row whose key columns hold these values: from the identity map when it is the primary key, else queried. */
    Object findBy(TableModel table, List<ColumnModel> key, List<Object> values) {
        confinement.enter();
        try {
            if (key.equals(table.primaryKey())) {
                return find(table, values.toArray());
            }
            for (EntityEntry e : entries.values()) {
                if (e.table == table && e.state != EntityEntry.State.REMOVED && KeyValues.of(e.values(key))
                        .equals(KeyValues.of(values))) {
                    return e.entity;
                }
            }
            SqlStatement select = statements.select(table, new SqlPredicate.In(key, List.of(values)), List.of(), null, null);
            List<Object[]> rows = query(select, table.columns());
            return rows.isEmpty() ? null : materialize(table, rows.get(0));
        } finally {
            confinement.exit();
        }
    }

    /** Reads, in batched IN queries, the rows with these keys that the session does not hold yet. */
    void prefetch(TableModel table, List<ColumnModel> key, List<List<Object>> keys) {
        confinement.enter();
        try {
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
        } finally {
            confinement.exit();
        }
    }

    void pivotChanged(LiveManyToMany<?> w) {
        confinement.enter();
        try {
            if (changedPivotSet.add(w)) {
                changedPivots.add(w);
            }
        } finally {
            confinement.exit();
        }
    }

    /** Flushes, commits and gives the connection back. */
    public void commit() {
        confinement.enter();
        try {
            ensureOpen();
            refuseInBlock("commit()");
            if (joined != null) {
                // the connection's owner commits
                closeStream();
                flush();
                uncommittedKeys.clear();
                return;
            }
            commitTransaction();
        } finally {
            confinement.exit();
        }
    }

    private void commitTransaction() {
        closeStream();
        flush();
        if (connection == null) {
            return;
        }
        try {
            checkDeadline();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            MetalOrmException failure = e instanceof MetalOrmException m ? m : new MetalOrmException("Commit failed: " + e.getMessage(), e);
            abandon(failure);
            throw failure;
        }
        uncommittedKeys.clear();
        release();
    }

    /** Rolls back, gives the connection back and clears the session: its instances are detached. */
    public void rollback() {
        confinement.enter();
        try {
            ensureOpen();
            refuseInBlock("rollback()");
            if (joined != null) {
                throw new MetalOrmException("This session joined a connection whose transaction belongs to its owner: roll back "
                        + "there (with Spring, throw out of the @Transactional method or call setRollbackOnly() on the "
                        + "TransactionStatus). clear() forgets the session's pending changes.");
            }
            rollbackQuietly(null);
            release();
            clear();
        } finally {
            confinement.exit();
        }
    }

    /** Detaches every instance; pending changes are forgotten. */
    public void clear() {
        confinement.enter();
        try {
            identityMap.clear();
            entries.clear();
            forgetHolders(); // the index of who holds what may name wrappers of entities that left
            changedPivots.clear();
            changedPivotSet.clear();
            newByKey.clear();
        } finally {
            confinement.exit();
        }
    }

    /** Rolls back what was not committed and gives the connection back. */
    @Override
    public void close() {
        confinement.enter();
        try {
            if (closed) {
                return;
            }
            refuseInBlock("close()");
            closed = true;
            if (connection != null) {
                rollbackQuietly(null);
                release();
            }
            clear();
        } finally {
            confinement.exit();
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

    // ---- connection and transaction

    private Connection connection() {
        if (openCursor != null) {
            throw new MetalOrmException("A stream is still open on this session (" + openCursor.describe() + "); nothing else "
                    + "runs in the session until it is closed (MySQL and MariaDB refuse any other statement on the connection "
                    + "meanwhile). Close the stream first (try-with-resources), or collect it with list().");
        }
        requireUsable();
        checkDeadline();
        if (connection == null && joined != null) {
            connection = joined;
        }
        if (joined != null && utcZone != null && !joinedZoneSet) {
            try {
                execute(joined, utcZone);
            } catch (SQLException e) {
                throw new MetalOrmException("Cannot set the joined connection's time zone to UTC (" + utcZone + "): " + e.getMessage(), e);
            }
            joinedZoneSet = true;
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
                if (activeOptions.isolation() != null) {
                    int before = c.getTransactionIsolation();
                    c.setTransactionIsolation(activeOptions.isolation().jdbcLevel());
                    previousIsolation = before;
                }
                if (activeOptions.readOnly()) {
                    c.setReadOnly(true);
                    madeReadOnly = true;
                }
            } catch (SQLException e) {
                restoreOptions(c);
                closeQuietly(c);
                throw new MetalOrmException("Cannot start a transaction: " + e.getMessage(), e);
            }
            if (utcZone != null) {
                try {
                    execute(c, utcZone);
                } catch (SQLException e) {
                    closeQuietly(c);
                    throw new MetalOrmException("Cannot set the session's time zone to UTC (" + utcZone + "): " + e.getMessage(), e);
                }
                ownZoneSet = true;
            }
            connection = c;
        }
        return connection;
    }

    /**
     * As a call on a joined connection ends: the owner's zone back (MySQL's TIMESTAMP columns convert by it),
     * unless a stream still reads rows, whose close is a call that ends here too.
     */
    private void restoreJoinedZone() {
        if (!joinedZoneSet || openCursor != null) {
            return;
        }
        joinedZoneSet = false;
        restoreZoneQuietly(joined);
    }

    /** The connection's zone as it was before the session set it to UTC. */
    private void restoreZoneQuietly(Connection c) {
        try {
            execute(c, statements.dialect().restoreTimeZoneStatement());
        } catch (SQLException ignored) {
            // a broken connection: the pool discards it, or its owner's next statement fails on it too
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** After a failure: roll back, give the connection back, forget everything. */
    private void abandon(RuntimeException failure) {
        OpenBlock block = blocks.peek();
        if (block != null) {
            if (block.failure == null) {
                block.failure = failure;
            }
            if (block.savepoint != null) {
                closeStream(); // the block rolls back to its savepoint when it ends
                return;
            }
        }
        if (joined != null) {
            closeStream();
            clear();
            return;
        }
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
        if (joined != null) {
            return; // the owner decides; keys stay, as its transaction may still commit them
        }
        resetKeys(uncommittedKeys);
        uncommittedKeys.clear();
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
        if (ownZoneSet) {
            ownZoneSet = false;
            restoreZoneQuietly(c);
        }
        if (joined != null) {
            return; // an external transaction's connection: its owner commits, closes and configures it
        }
        restoreOptions(c);
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

    // ---- transaction blocks (Session.inTransaction)

    /**
     * Opens an {@code inTransaction} block. The outermost block of a session that owns its
     * connection owns the transaction (options apply to it); a nested block, and every block of a
     * session that joined someone else's connection, flushes and sets a savepoint.
     */
    public void beginBlock(dev.metalorm.TransactionOptions options) {
        confinement.enter();
        try {
            ensureOpen();
            requireUsable();
            if (blocks.isEmpty() && joined == null) {
                if (!options.isDefault() && connection != null) {
                    throw new MetalOrmException("Transaction options " + options + " can only start a transaction, and this "
                            + "session is inside one already (it has read or written since its last commit). Commit or roll back "
                            + "first, or give the options to MetalOrm.inTransaction, which opens a new session.");
                }
                activeOptions = options;
                deadline = options.timeout() == null ? 0 : System.nanoTime() + options.timeout().toNanos();
                if (deadline == 0 && options.timeout() != null) {
                    deadline = 1; // 0 means none
                }
                blocks.push(new OpenBlock(null, List.of(), uncommittedKeys.size()));
                return;
            }
            if (!options.isDefault()) {
                throw new MetalOrmException("Transaction options " + options + " apply to the outermost block only: "
                        + (joined != null ? "this session joined a connection whose transaction belongs to its owner, who chooses "
                        + "isolation, read-only and timeout." : "a nested block is a savepoint in the outer transaction."));
            }
            flush();
            Connection c = connection();
            java.sql.Savepoint savepoint;
            try {
                savepoint = c.setSavepoint();
            } catch (SQLException e) {
                MetalOrmException failure = new MetalOrmException("Cannot set a savepoint for a nested transaction block: "
                        + e.getMessage(), e);
                abandon(failure);
                throw failure;
            }
            List<OpenBlock.SavedEntry> saved = new ArrayList<>(entries.size());
            for (EntityEntry e : entries.values()) {
                saved.add(new OpenBlock.SavedEntry(e, e.currentValues(), e.key));
            }
            blocks.push(new OpenBlock(savepoint, saved, uncommittedKeys.size()));
        } finally {
            confinement.exit();
        }
    }

    /**
     * Ends the innermost block whose work returned: commits (outermost block) or flushes and releases
     * its savepoint, or rolls back when it was marked rollback-only. A block that failed inside
     * (a statement or flush the work caught) is rolled back and reported.
     */
    public void endBlock() {
        confinement.enter();
        try {
            OpenBlock block = blocks.peek();
            if (block.failure != null) {
                RuntimeException cause = block.failure;
                endBlockFailed(cause);
                throw new MetalOrmException("The transaction block was rolled back: a statement in it failed (" + cause.getMessage()
                        + ") and the work went on after catching the failure. Nothing of the block is committed.", cause);
            }
            if (block.rollbackOnly) {
                endBlockFailed(null);
                return;
            }
            if (block.savepoint == null) {
                try {
                    commitTransaction();
                } finally {
                    blocks.pop();
                    activeOptions = dev.metalorm.TransactionOptions.defaults();
                    deadline = 0;
                }
                return;
            }
            try {
                flush();
            } catch (RuntimeException e) {
                endBlockFailed(e);
                throw e;
            }
            blocks.pop();
            try {
                connection.releaseSavepoint(block.savepoint);
            } catch (SQLException ignored) {
                // releasing only frees the name early; the savepoint goes with the transaction anyway
            }
        } finally {
            confinement.exit();
        }
    }

    /**
     * Ends the innermost block with a rollback: to its savepoint, the session's instances put back
     * as they were there; or, for the outermost block, the whole transaction (the session cleared).
     *
     * @param failure what the work threw, or null for a rollback-only block; a failure of the
     *     rollback itself is added to it as suppressed
     */
    public void endBlockFailed(Throwable failure) {
        confinement.enter();
        try {
            OpenBlock block = blocks.pop();
            if (block.savepoint == null) {
                activeOptions = dev.metalorm.TransactionOptions.defaults();
                deadline = 0;
                rollbackQuietly(null);
                release();
                clear();
                return;
            }
            closeStream();
            try {
                if (connection != null) {
                    connection.rollback(block.savepoint);
                }
            } catch (SQLException e) {
                // the savepoint is gone with the connection or transaction: the whole transaction is lost
                MetalOrmException lost = new MetalOrmException("Rolling back to the savepoint of a nested transaction block "
                        + "failed: " + e.getMessage() + "; the whole transaction was rolled back.", e);
                if (failure != null) {
                    failure.addSuppressed(lost);
                }
                abandon(lost);
                return;
            }
            restore(block);
        } finally {
            confinement.exit();
        }
    }

    /** Marks the innermost block to roll back when it ends (it still returns normally). */
    public void setRollbackOnly() {
        confinement.enter();
        try {
            if (blocks.isEmpty()) {
                throw new MetalOrmException("setRollbackOnly() marks an inTransaction block, and none is open. Outside a block, "
                        + "call rollback().");
            }
            blocks.peek().rollbackOnly = true;
        } finally {
            confinement.exit();
        }
    }

    public boolean isRollbackOnly() {
        return !blocks.isEmpty() && blocks.peek().rollbackOnly;
    }

    /** Whether an inTransaction block is open. */
    public boolean inBlock() {
        return !blocks.isEmpty();
    }

    /**
     * Puts the session back as it was at the block's savepoint: the instances it held then, with
     * their values (the work's changes to them undone); instances the block loaded or persisted are
     * detached, and keys generated in it reset. Relations are unloaded (load them again): what the
     * block added to or removed from them was rolled back.
     */
    private void restore(OpenBlock block) {
        List<EntityEntry> later = uncommittedKeys.subList(block.keyCount, uncommittedKeys.size());
        resetKeys(later);
        later.clear();
        identityMap.clear();
        entries.clear();
        forgetHolders(); // the index of who holds what may name wrappers of entities that left
        newByKey.clear();
        changedPivots.clear();
        changedPivotSet.clear();
        for (OpenBlock.SavedEntry s : block.saved) {
            EntityEntry e = s.entry();
            e.state = EntityEntry.State.MANAGED;
            for (ColumnModel c : e.table.columns()) {
                e.set(c, s.values()[c.index()]);
            }
            e.snapshot = EntityEntry.snapshotOf(s.values(), s.values().length);
            e.key = s.key();
            e.clearLinks();
            for (int wi = 0; wi < e.wrapperCount(); wi++) {
                RelationWrapper w = e.wrapper(wi);
                w.reset();
            }
            entries.put(e);
            identityMap.put(e.table, e.key, e);
        }
    }

    /** Inside a block that failed (or whose transaction was lost), nothing more runs until it ends. */
    private void requireUsable() {
        OpenBlock block = blocks.peek();
        if (block != null && block.failure != null) {
            throw new MetalOrmException("This transaction block failed (" + block.failure.getMessage() + ") and is rolled back "
                    + "when it ends; nothing more runs in it. Let the exception leave the block, or catch it outside a nested "
                    + "block (session.inTransaction) to go on after a failure.", block.failure);
        }
    }

    private void checkDeadline() {
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw new MetalOrmException("The transaction timed out: it took longer than its timeout of "
                    + activeOptions.timeout() + " (TransactionOptions.withTimeout); it is rolled back.");
        }
    }

    private void requireWritable(String what) {
        if (activeOptions.readOnly()) {
            throw new MetalOrmException("This transaction is read-only (TransactionOptions.withReadOnly(true)): it cannot "
                    + what + ". Run the writes in a read-write transaction.");
        }
    }

    private void refuseInBlock(String call) {
        if (!blocks.isEmpty()) {
            throw new MetalOrmException(call + " inside an inTransaction block: the block commits when its work returns. Throw, "
                    + "or call setRollbackOnly(), to roll it back.");
        }
    }

    private java.sql.Savepoint savepoint(Connection c) {
        try {
            return c.setSavepoint();
        } catch (SQLException e) {
            throw new MetalOrmException("Cannot set a savepoint: " + e.getMessage(), e);
        }
    }

    private void releaseQuietly(java.sql.Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException ignored) {
            // releasing only frees the name early; the savepoint goes with the transaction anyway
        }
    }

    /** Sets back what the transaction options changed on a connection about to be given back. */
    private void restoreOptions(Connection c) {
        try {
            if (madeReadOnly) {
                c.setReadOnly(false);
            }
            if (previousIsolation != -1) {
                c.setTransactionIsolation(previousIsolation);
            }
        } catch (SQLException ignored) {
            // the pool resets it; giving the connection back is what matters
        } finally {
            madeReadOnly = false;
            previousIsolation = -1;
        }
    }

    /** For the relation wrappers: their calls are guarded like the session's own. */
    void enterCall() {
        confinement.enter();
    }

    void exitCall() {
        confinement.exit();
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
