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
record FlushPlan(List<List<EntityEntry>> insertsByTable, List<EntityEntry> updates, List<EntityEntry> deletes) {
    FlushPlan {
        insertsByTable = List.copyOf(insertsByTable);
        updates = List.copyOf(updates);
        deletes = List.copyOf(deletes);
    }

    /**
     * The plan of these entries. One pass over them: each entry is read once here (a flush's first
     * touch of each of a 140,000-row session's entries is a cache miss; a pass per step showed).
     */
    static FlushPlan of(Model model, Collection<EntityEntry> entries) {
        // into one bucket per table rank, each in sequence order: a comparator that looked the rank up per
        // comparison cost n log n map lookups on a 100,000-row flush
        int tables = model.flushOrder().size();
        Bucket[] inserts = new Bucket[tables];
        Bucket[] updates = new Bucket[tables];
        Bucket[] deletes = new Bucket[tables];
        dev.metalorm.metadata.TableModel lastTable = null;
        int rank = -1;
        for (EntityEntry e : entries) {
            Bucket[] into = switch (e.state) {
                case NEW -> inserts;
                case MANAGED -> updates;
                case REMOVED -> deletes;
            };
            if (e.table != lastTable) {
                lastTable = e.table;
                rank = model.flushRank(e.table);
            }
            Bucket bucket = into[rank];
            if (bucket == null) {
                bucket = new Bucket();
                into[rank] = bucket;
            }
            bucket.add(e);
        }
        List<List<EntityEntry>> byTable = new ArrayList<>();
        for (Bucket b : inserts) {
            if (b != null) {
                byTable.add(b.ordered(false));
            }
        }
        return new FlushPlan(byTable, flatten(updates, false), flatten(deletes, true));
    }

    /** How many new rows there are, over all tables. */
    int insertCount() {
        int n = 0;
        for (List<EntityEntry> rows : insertsByTable) {
            n += rows.size();
        }
        return n;
    }

    /** One table's rows of one kind, and whether they came in sequence order (seen as they are added). */
    private static final class Bucket {
        final List<EntityEntry> rows = new ArrayList<>();
        long last = Long.MIN_VALUE;
        boolean ascending = true;

        void add(EntityEntry e) {
            ascending &= e.sequence > last;
            last = e.sequence;
            rows.add(e);
        }

        List<EntityEntry> ordered(boolean reversed) {
            if (ascending) { // the session hands out its entries in the order they came in: nearly always so
                if (reversed) {
                    Collections.reverse(rows);
                }
                return rows;
            }
            return bySequence(rows, reversed);
        }
    }

    /** Ranks ascending, each rank's rows by sequence; {@code reversed}: the whole order reversed (children first, later rows first). */
    private static List<EntityEntry> flatten(Bucket[] buckets, boolean reversed) {
        int size = 0;
        for (Bucket bucket : buckets) {
            size += bucket == null ? 0 : bucket.rows.size();
        }
        List<EntityEntry> out = new ArrayList<>(size);
        for (int i = 0; i < buckets.length; i++) {
            Bucket bucket = buckets[reversed ? buckets.length - 1 - i : i];
            if (bucket != null) {
                out.addAll(bucket.ordered(reversed));
            }
        }
        return out;
    }

    /**
     * Rows not in sequence order, by sequence (rows already in order never come here: {@link Bucket}
     * sees it as they are added). Sequences are handed out one by one, so a bucket's rows nearly fill
     * the range between its lowest and highest: they are placed by position in one pass (sorting
     * 100,000 of them showed in profiles); a sparse range is sorted.
     */
    private static List<EntityEntry> bySequence(List<EntityEntry> rows, boolean reversed) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (EntityEntry e : rows) {
            min = Math.min(min, e.sequence);
            max = Math.max(max, e.sequence);
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
