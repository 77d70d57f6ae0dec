package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.query.IncludeSpec;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.RelationHop;
import dev.metalorm.sql.SqlExpr;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads one relation for many owners at once: one {@code IN (…)} query per batch of owner keys
 * (the dialect's batch size; composite keys as row values), rows through the identity map.
 * Many-to-many joins the pivot in the same query, so each relation level costs one query per batch.
 * A filtered include narrows that query (its conditions, order and per-owner limit) and marks the
 * collections it fills as filtered.
 */
final class RelationLoader {
    private final UnitOfWork session;

    RelationLoader(UnitOfWork session) {
        this.session = session;
    }

    /** Loads the whole of {@code relation} for each owner (all of {@code table}) and hands the results to their wrappers. */
    void load(TableModel table, RelationModel relation, List<EntityEntry> owners) {
        load(table, relation, owners, null);
    }

    /** Loads {@code relation} for each owner, narrowed by {@code spec} when it is not null. */
    private void load(TableModel table, RelationModel relation, List<EntityEntry> owners, IncludeSpec spec) {
        if (relation instanceof RelationModel.HasMany h) {
            loadChildren(table, relation, h.foreignKey(), h.localKey(), owners, spec);
        } else if (relation instanceof RelationModel.HasOne h) {
            loadChildren(table, relation, h.foreignKey(), h.localKey(), owners, spec);
        } else if (relation instanceof RelationModel.BelongsTo b) {
            loadParents(table, b, owners);
        } else if (relation instanceof RelationModel.BelongsToMany m) {
            loadThroughPivot(table, m, owners, spec);
        }
    }

    /** One level of the include tree: the relation's include (null: plain) and the levels under it. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        IncludeSpec spec;
    }

    /**
     * Loads the relation paths (dotted for depth: {@code "posts.comments"}) for the entities,
     * level by level, each level once: a plain level for the entities that have not loaded the
     * whole relation yet, a filtered level for all of them (a filter always reads again).
     */
    void include(TableModel table, List<Object> entities, List<IncludeSpec> includes) {
        Node root = new Node();
        for (IncludeSpec spec : includes) {
            Node n = root;
            for (String part : spec.path().split("\\.")) {
                n = n.children.computeIfAbsent(part, k -> new Node());
            }
            if (!spec.plain()) {
                n.spec = spec;
            }
        }
        include(table, entities, root);
    }

    private void include(TableModel table, List<Object> entities, Node node) {
        for (Map.Entry<String, Node> e : node.children.entrySet()) {
            RelationModel relation = table.relation(e.getKey());
            IncludeSpec spec = e.getValue().spec;
            List<EntityEntry> entries = new ArrayList<>(entities.size());
            List<EntityEntry> toLoad = new ArrayList<>();
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(entities.size() * 2));
            for (Object entity : entities) {
                EntityEntry entry = session.entry(entity);
                if (entry != null && seen.add(entry)) {
                    entries.add(entry);
                    if (spec != null || !entry.wrapper(relation.index()).isLoadedNow()) {
                        toLoad.add(entry);
                    }
                }
            }
            if (!toLoad.isEmpty()) {
                load(table, relation, toLoad, spec);
            }
            if (!e.getValue().children.isEmpty()) {
                List<Object> children = new ArrayList<>();
                Set<Object> known = Collections.newSetFromMap(new IdentityHashMap<>(entries.size() * 4));
                for (EntityEntry entry : entries) {
                    RelationWrapper w = entry.wrapper(relation.index());
                    // the live items, not a copy per owner: this loop runs over every owner of the level
                    for (Object child : w instanceof CollectionWrapper<?> c ? c.items : w.targets()) {
                        if (known.add(child)) {
                            children.add(child);
                        }
                    }
                }
                include(session.model().table(relation.target()), children, e.getValue());
            }
        }
    }

    private void loadChildren(TableModel table, RelationModel relation, List<String> foreignKey, List<String> localKey,
                              List<EntityEntry> owners, IncludeSpec spec) {
        TableModel target = session.model().table(relation.target());
        List<ColumnModel> fk = target.columns(foreignKey);
        List<ColumnModel> local = table.columns(localKey);
        Map<List<Object>, List<EntityEntry>> byKey = group(owners, local, relation);
        Map<List<Object>, List<Object>> found = new HashMap<>();
        List<OrderTerm> order = order(target, spec);
        for (List<List<Object>> batch : batches(byKey)) {
            SqlStatement select = session.statements().selectChildren(target, fk, new SqlPredicate.In(fk, batch),
                    spec == null ? null : spec.filter(), order, spec == null ? null : spec.limit());
            for (Object[] row : session.query(select, target.columns())) {
                Object child = session.materialize(target, row);
                if (session.isRemoved(child)) {
                    continue; // removed in this session: no longer a child
                }
                found.computeIfAbsent(normal(values(row, fk)), k -> new ArrayList<>()).add(child);
            }
        }
        deliver(byKey, found, null, relation, spec);
    }

    private void loadParents(TableModel table, RelationModel.BelongsTo relation, List<EntityEntry> owners) {
        TableModel target = session.model().table(relation.target());
        List<ColumnModel> fk = session.columns(table, relation.foreignKey());
        List<ColumnModel> targetKey = session.columns(target, relation.targetKey());
        Map<List<Object>, List<EntityEntry>> byKey = new LinkedHashMap<>();
        for (EntityEntry owner : owners) {
            List<Object> k = owner.values(fk);
            if (k.contains(null)) {
                owner.wrapper(relation.index()).loaded(List.of(), null);
            } else {
                byKey.computeIfAbsent(normal(k), x -> new ArrayList<>()).add(owner);
            }
        }
        Map<List<Object>, List<Object>> found = new HashMap<>();
        Map<List<Object>, List<EntityEntry>> toQuery = new LinkedHashMap<>();
        boolean byPrimaryKey = targetKey.equals(target.primaryKey());
        for (Map.Entry<List<Object>, List<EntityEntry>> e : byKey.entrySet()) {
            Object known = byPrimaryKey ? session.known(target, e.getValue().get(0).values(fk)) : null;
            if (known != null) {
                found.put(e.getKey(), List.of(known));
            } else {
                toQuery.put(e.getKey(), e.getValue());
            }
        }
        for (List<List<Object>> batch : batches(toQuery)) {
            SqlStatement select = session.statements().select(target, new SqlPredicate.In(targetKey, batch), List.of(), null, null);
            for (Object[] row : session.query(select, target.columns())) {
                Object parent = session.materialize(target, row);
                found.put(normal(values(row, targetKey)), List.of(parent));
            }
        }
        deliver(byKey, found, null, relation, null);
    }

    /** What one owner key links to through the pivot: the targets in order, each with its pivot payload. */
    private static final class Links {
        final List<Object> targets = new ArrayList<>();
        final List<Map<String, Object>> payloads = new ArrayList<>();
    }

    private void loadThroughPivot(TableModel table, RelationModel.BelongsToMany relation, List<EntityEntry> owners,
                                  IncludeSpec spec) {
        RelationHop hop = RelationHop.of(session.model(), table, relation);
        TableModel target = hop.target();
        TableModel pivot = hop.pivot();
        List<ColumnModel> read = new ArrayList<>(target.columns());
        read.addAll(pivot.columns());
        Map<List<Object>, List<EntityEntry>> byKey = group(owners, hop.ownerColumns(), relation);
        int n = target.columns().size();
        // decided once per call, not per pivot row: where the root key and the payload sit in a row
        int[] root = new int[hop.pivotToOwner().size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = n + hop.pivotToOwner().get(i).index();
        }
        List<ColumnModel> payloadColumns = pivot.columns().stream()
                .filter(c -> !hop.pivotToOwner().contains(c) && !hop.pivotToTarget().contains(c)).toList();
        String[] payloadNames = payloadColumns.stream().map(ColumnModel::name).toArray(String[]::new);
        int[] payloadAt = payloadColumns.stream().mapToInt(c -> n + c.index()).toArray();
        Map<List<Object>, Links> found = new HashMap<>();
        List<OrderTerm> order = order(target, spec);
        for (List<List<Object>> batch : batches(byKey)) {
            SqlStatement select = session.statements().selectThroughPivot(hop, new SqlPredicate.In(hop.pivotToOwner(), batch),
                    spec == null ? null : spec.filter(), order, spec == null ? null : spec.limit());
            for (Object[] row : session.query(select, read)) {
                Object entity = session.materialize(target, row);
                if (session.isRemoved(entity)) {
                    continue; // removed in this session: its pivot rows go with it
                }
                List<Object> key = new ArrayList<>(root.length);
                for (int at : root) {
                    key.add(row[at]);
                }
                Map<String, Object> payload;
                if (payloadAt.length == 0) {
                    payload = Map.of();
                } else {
                    payload = new LinkedHashMap<>(payloadAt.length * 2);
                    for (int i = 0; i < payloadAt.length; i++) {
                        payload.put(payloadNames[i], row[payloadAt[i]]);
                    }
                }
                Links links = found.computeIfAbsent(normal(key), k -> new Links());
                links.targets.add(entity);
                links.payloads.add(payload);
            }
        }
        for (Map.Entry<List<Object>, List<EntityEntry>> e : byKey.entrySet()) {
            Links links = found.get(e.getKey());
            for (EntityEntry owner : e.getValue()) {
                RelationWrapper w = owner.wrapper(relation.index());
                w.loaded(links == null ? List.of() : links.targets, links == null ? List.of() : links.payloads);
                w.filtered = spec != null && spec.filtered();
            }
        }
    }

    /** Owners by their (normalised) key; new owners and null keys have nothing in the database and load empty. */
    private static Map<List<Object>, List<EntityEntry>> group(List<EntityEntry> owners, List<ColumnModel> key,
                                                             RelationModel relation) {
        Map<List<Object>, List<EntityEntry>> byKey = new LinkedHashMap<>();
        for (EntityEntry owner : owners) {
            List<Object> k = owner.values(key);
            if (owner.state == EntityEntry.State.NEW || k.contains(null)) {
                owner.wrapper(relation.index()).loaded(List.of(), List.of());
            } else {
                byKey.computeIfAbsent(normal(k), x -> new ArrayList<>()).add(owner);
            }
        }
        return byKey;
    }

    private static void deliver(Map<List<Object>, List<EntityEntry>> byKey, Map<List<Object>, List<Object>> found,
                                Map<List<Object>, List<Map<String, Object>>> payloads, RelationModel relation, IncludeSpec spec) {
        boolean filtered = spec != null && spec.filtered();
        for (Map.Entry<List<Object>, List<EntityEntry>> e : byKey.entrySet()) {
            List<Object> targets = found.getOrDefault(e.getKey(), List.of());
            List<Map<String, Object>> pivots = payloads == null ? null : payloads.getOrDefault(e.getKey(), List.of());
            for (EntityEntry owner : e.getValue()) {
                RelationWrapper w = owner.wrapper(relation.index());
                w.loaded(targets, pivots);
                w.filtered = filtered;
            }
        }
    }

    private List<List<List<Object>>> batches(Map<List<Object>, List<EntityEntry>> byKey) {
        int size = session.statements().dialect().inListBatchSize();
        List<List<List<Object>>> out = new ArrayList<>();
        List<List<Object>> current = new ArrayList<>();
        for (List<Object> key : byKey.keySet()) {
            current.add(key);
            if (current.size() == size) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The include's order, then the target's primary key (the whole order when there is no include order). */
    private static List<OrderTerm> order(TableModel target, IncludeSpec spec) {
        List<OrderTerm> out = new ArrayList<>(spec == null ? List.of() : spec.order());
        for (ColumnModel pk : target.primaryKey()) {
            boolean present = out.stream().anyMatch(o -> o.expr() instanceof SqlExpr.Column c && c.column().equals(pk));
            if (!present) {
                out.add(new OrderTerm(pk, false));
            }
        }
        return out;
    }

    private static List<Object> values(Object[] row, List<ColumnModel> columns) {
        List<Object> out = new ArrayList<>(columns.size());
        for (ColumnModel c : columns) {
            out.add(row[c.index()]);
        }
        return out;
    }

    /** The key as the maps of this loader compare it (see {@link KeyValues}); its values are still bound as they are. */
    private static List<Object> normal(List<Object> key) {
        return KeyValues.of(key);
    }
}
