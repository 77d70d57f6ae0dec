package dev.metalorm.session;

import dev.metalorm.metadata.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        // into one bucket per table rank, each then sorted by sequence: a comparator that looked the rank up per
        // comparison cost n log n map lookups on a 100,000-row flush
        int tables = model.flushOrder().size();
        List<List<EntityEntry>> inserts = buckets(tables);
        List<List<EntityEntry>> updates = buckets(tables);
        List<List<EntityEntry>> deletes = buckets(tables);
        dev.metalorm.metadata.TableModel lastTable = null;
        int rank = -1;
        for (EntityEntry e : entries) {
            List<List<EntityEntry>> into = switch (e.state) {
                case NEW -> inserts;
                case MANAGED -> updates;
                case REMOVED -> deletes;
            };
            if (e.table != lastTable) {
                lastTable = e.table;
                rank = model.flushRank(e.table);
            }
            List<EntityEntry> bucket = into.get(rank);
            if (bucket == null) {
                bucket = new ArrayList<>();
                into.set(rank, bucket);
            }
            bucket.add(e);
        }
        return new FlushPlan(flatten(inserts, false), flatten(updates, false), flatten(deletes, true));
    }

    private static List<List<EntityEntry>> buckets(int n) {
        return new ArrayList<>(Collections.nCopies(n, null));
    }

    /** Ranks ascending, each rank's rows by sequence; {@code reversed}: the whole order reversed (children first, later rows first). */
    private static List<EntityEntry> flatten(List<List<EntityEntry>> buckets, boolean reversed) {
        int size = 0;
        for (List<EntityEntry> bucket : buckets) {
            size += bucket == null ? 0 : bucket.size();
        }
        List<EntityEntry> out = new ArrayList<>(size);
        for (int i = 0; i < buckets.size(); i++) {
            List<EntityEntry> bucket = buckets.get(reversed ? buckets.size() - 1 - i : i);
            if (bucket != null) {
                out.addAll(bySequence(bucket, reversed));
            }
        }
        return out;
    }

    /**
     * The rows by sequence. Rows already in order (the session keeps its entries in the order they
     * came in) are kept as they are. Else sequences are handed out one by one, so a bucket's rows
     * nearly fill the range between its lowest and highest: they are placed by position in one pass
     * (sorting 100,000 of them showed in profiles); a sparse range is sorted.
     */
    static List<EntityEntry> bySequence(List<EntityEntry> rows, boolean reversed) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean ascending = true;
        for (EntityEntry e : rows) {
            ascending &= e.sequence > max;
            min = Math.min(min, e.sequence);
            max = Math.max(max, e.sequence);
        }
        if (ascending) { // the session hands out its entries in the order they came in: nearly always so
            if (reversed) {
                Collections.reverse(rows);
            }
            return rows;
        }
        long span = max - min + 1;
        if (rows.size() < 2 || span > 4L * rows.size()) {
            Comparator<EntityEntry> order = Comparator.comparingLong(e -> e.sequence);
            rows.sort(reversed ? order.reversed() : order);
            return rows;
        }
        EntityEntry[] slots = new EntityEntry[(int) span];
        for (EntityEntry e : rows) {
            int at = (int) (e.sequence - min);
            if (slots[at] != null) {
                throw new IllegalStateException("Two rows with sequence " + e.sequence + ": " + slots[at] + ", " + e);
            }
            slots[at] = e;
        }
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            EntityEntry e = slots[reversed ? slots.length - 1 - i : i];
            if (e != null) {
                rows.set(n++, e);
            }
        }
        return rows;
    }
}
