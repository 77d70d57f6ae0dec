package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.OrderTerm;
import dev.metalorm.sql.SqlPredicate;
import dev.metalorm.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads one relation for many owners at once: one {@code IN (…)} query per batch of owner keys
 * (the dialect's batch size; composite keys as row values), rows through the identity map.
 * Many-to-many joins the pivot in the same query, so each relation level costs one query per batch.
 */
final class RelationLoader {
    private final UnitOfWork session;

    RelationLoader(UnitOfWork session) {
        this.session = session;
    }

    /** Loads {@code relation} for each owner (all of {@code table}) and hands the results to their wrappers. */
    void load(TableModel table, RelationModel relation, List<EntityEntry> owners) {
        if (relation instanceof RelationModel.HasMany h) {
            loadChildren(table, relation, h.foreignKey(), h.localKey(), owners);
        } else if (relation instanceof RelationModel.HasOne h) {
            loadChildren(table, relation, h.foreignKey(), h.localKey(), owners);
        } else if (relation instanceof RelationModel.BelongsTo b) {
            loadParents(table, b, owners);
        } else if (relation instanceof RelationModel.BelongsToMany m) {
            loadThroughPivot(table, m, owners);
        }
    }

    /**
     * Loads the relation paths (dotted for depth: {@code "posts.comments"}) for the entities,
     * level by level, each level once for all entities that have not loaded it yet.
     */
    void include(TableModel table, List<Object> entities, List<String> paths) {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        for (String path : paths) {
            String[] parts = path.split("\\.", 2);
            List<String> rest = tree.computeIfAbsent(parts[0], k -> new ArrayList<>());
            if (parts.length > 1) {
                rest.add(parts[1]);
            }
        }
        for (Map.Entry<String, List<String>> e : tree.entrySet()) {
            RelationModel relation = table.relation(e.getKey());
            List<EntityEntry> entries = new ArrayList<>();
            List<EntityEntry> notLoaded = new ArrayList<>();
            java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Object entity : entities) {
                EntityEntry entry = session.entry(entity);
                if (entry != null && seen.add(entry)) {
                    entries.add(entry);
                    if (!entry.wrappers[relation.index()].isLoadedNow()) {
                        notLoaded.add(entry);
                    }
                }
            }
            if (!notLoaded.isEmpty()) {
                load(table, relation, notLoaded);
            }
            if (!e.getValue().isEmpty()) {
                List<Object> children = new ArrayList<>();
                java.util.Set<Object> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (EntityEntry entry : entries) {
                    for (Object child : entry.wrappers[relation.index()].targets()) {
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
                              List<EntityEntry> owners) {
        TableModel target = session.model().table(relation.target());
        List<ColumnModel> fk = target.columns(foreignKey);
        List<ColumnModel> local = table.columns(localKey);
        Map<List<Object>, List<EntityEntry>> byKey = group(owners, local, relation);
        Map<List<Object>, List<Object>> found = new HashMap<>();
        for (List<List<Object>> batch : batches(byKey)) {
            SqlStatement select = session.statements().select(target, new SqlPredicate.In(fk, batch), order(target), null, null);
            for (Object[] row : session.query(select, target.columns())) {
                Object child = session.materialize(target, row);
                found.computeIfAbsent(normal(values(row, fk)), k -> new ArrayList<>()).add(child);
            }
        }
        deliver(byKey, found, null, relation);
    }

    private void loadParents(TableModel table, RelationModel.BelongsTo relation, List<EntityEntry> owners) {
        TableModel target = session.model().table(relation.target());
        List<ColumnModel> fk = table.columns(relation.foreignKey());
        List<ColumnModel> targetKey = target.columns(relation.targetKey());
        Map<List<Object>, List<EntityEntry>> byKey = new LinkedHashMap<>();
        for (EntityEntry owner : owners) {
            List<Object> k = owner.values(fk);
            if (k.contains(null)) {
                owner.wrappers[relation.index()].loaded(List.of(), null);
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
        deliver(byKey, found, null, relation);
    }

    private void loadThroughPivot(TableModel table, RelationModel.BelongsToMany relation, List<EntityEntry> owners) {
        TableModel target = session.model().table(relation.target());
        TableModel pivot = session.model().table(relation.pivot());
        List<ColumnModel> local = table.columns(relation.localKey());
        List<ColumnModel> toRoot = pivot.columns(relation.pivotForeignKeyToRoot());
        List<ColumnModel> toTarget = pivot.columns(relation.pivotForeignKeyToTarget());
        List<ColumnModel> targetKey = target.columns(relation.targetKey());
        List<ColumnModel> read = new ArrayList<>(target.columns());
        read.addAll(pivot.columns());
        Map<List<Object>, List<EntityEntry>> byKey = group(owners, local, relation);
        Map<List<Object>, List<Object>> found = new HashMap<>();
        Map<List<Object>, List<Map<String, Object>>> payloads = new HashMap<>();
        int n = target.columns().size();
        // payload columns: decided once, not per pivot row
        List<ColumnModel> payloadColumns = pivot.columns().stream()
                .filter(c -> !toRoot.contains(c) && !toTarget.contains(c)).toList();
        for (List<List<Object>> batch : batches(byKey)) {
            SqlStatement select = session.statements().selectThroughPivot(target, pivot, toTarget, targetKey, pivot.columns(),
                    new SqlPredicate.In(toRoot, batch), order(target));
            for (Object[] row : session.query(select, read)) {
                Object[] targetRow = java.util.Arrays.copyOf(row, n);
                Object entity = session.materialize(target, targetRow);
                List<Object> root = new ArrayList<>();
                for (ColumnModel c : toRoot) {
                    root.add(row[n + c.index()]);
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                for (ColumnModel c : payloadColumns) {
                    payload.put(c.name(), row[n + c.index()]);
                }
                List<Object> rootKey = normal(root);
                found.computeIfAbsent(rootKey, k -> new ArrayList<>()).add(entity);
                payloads.computeIfAbsent(rootKey, k -> new ArrayList<>()).add(payload);
            }
        }
        deliver(byKey, found, payloads, relation);
    }

    /** Owners by their (normalised) key; new owners and null keys have nothing in the database and load empty. */
    private static Map<List<Object>, List<EntityEntry>> group(List<EntityEntry> owners, List<ColumnModel> key,
                                                             RelationModel relation) {
        Map<List<Object>, List<EntityEntry>> byKey = new LinkedHashMap<>();
        for (EntityEntry owner : owners) {
            List<Object> k = owner.values(key);
            if (owner.state == EntityEntry.State.NEW || k.contains(null)) {
                owner.wrappers[relation.index()].loaded(List.of(), List.of());
            } else {
                byKey.computeIfAbsent(normal(k), x -> new ArrayList<>()).add(owner);
            }
        }
        return byKey;
    }

    private static void deliver(Map<List<Object>, List<EntityEntry>> byKey, Map<List<Object>, List<Object>> found,
                                Map<List<Object>, List<Map<String, Object>>> payloads, RelationModel relation) {
        for (Map.Entry<List<Object>, List<EntityEntry>> e : byKey.entrySet()) {
            List<Object> targets = found.getOrDefault(e.getKey(), List.of());
            List<Map<String, Object>> pivots = payloads == null ? null : payloads.getOrDefault(e.getKey(), List.of());
            for (EntityEntry owner : e.getValue()) {
                owner.wrappers[relation.index()].loaded(targets, pivots);
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

    private static List<OrderTerm> order(TableModel target) {
        return target.primaryKey().stream().map(c -> new OrderTerm(c, false)).toList();
    }

    private static List<Object> values(Object[] row, List<ColumnModel> columns) {
        List<Object> out = new ArrayList<>(columns.size());
        for (ColumnModel c : columns) {
            out.add(row[c.index()]);
        }
        return out;
    }

    /** Integral numbers as Long, so an INT key matches a BIGINT foreign key. */
    static List<Object> normal(List<Object> key) {
        List<Object> out = new ArrayList<>(key.size());
        for (Object v : key) {
            out.add(v instanceof Integer || v instanceof Short || v instanceof Byte ? Long.valueOf(((Number) v).longValue()) : v);
        }
        return out;
    }
}
