package dev.metalorm.session;

import dev.metalorm.metadata.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of one flush by what they need, each list in the model's foreign-key order and never in
 * the order of persist calls: inserts parents first, updates likewise, deletes children first.
 * Within a table, rows keep the order they entered the session (deletes the reverse); {@link Flush}
 * orders rows referring to rows of their own table and groups them into batches.
 */
record FlushPlan(List<EntityEntry> inserts, List<EntityEntry> updates, List<EntityEntry> deletes) {
    FlushPlan {
        inserts = List.copyOf(inserts);
        updates = List.copyOf(updates);
        deletes = List.copyOf(deletes);
    }

    static FlushPlan of(Model model, Collection<EntityEntry> entries) {
        Comparator<EntityEntry> parentsFirst = Comparator.<EntityEntry>comparingInt(e -> model.flushRank(e.table.name()))
                .thenComparingLong(e -> e.sequence);
        List<EntityEntry> inserts = new ArrayList<>();
        List<EntityEntry> updates = new ArrayList<>();
        List<EntityEntry> deletes = new ArrayList<>();
        for (EntityEntry e : entries) {
            switch (e.state) {
                case NEW -> inserts.add(e);
                case MANAGED -> updates.add(e);
                case REMOVED -> deletes.add(e);
                default -> throw new IllegalStateException(e.state.name());
            }
        }
        inserts.sort(parentsFirst);
        updates.sort(parentsFirst);
        deletes.sort(parentsFirst.reversed());
        return new FlushPlan(inserts, updates, deletes);
    }
}
