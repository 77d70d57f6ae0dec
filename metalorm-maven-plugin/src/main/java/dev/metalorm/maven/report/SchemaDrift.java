package dev.metalorm.maven.report;

import dev.metalorm.maven.naming.NameLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two runs, read from their name locks: tables added and dropped, and per
 * remaining table columns added, dropped or changed (type signature, field name) and relations
 * added, removed or changed (kind, field name). Columns and relations of added or dropped tables
 * are not listed: the table line says it. Tables sorted by name; within a table, columns (by name)
 * before relations (by field).
 *
 * <pre>
 * + table post_likes; - table legacy_notes; messages: + column recipient_id, + relation recipient -> users;
 * users: + column nickname, ~ column email (varchar(100) -> varchar(255) not null), + relation messagesByRecipient -> messages
 * </pre>
 *
 * @param tablesAdded tables in the new lock only
 * @param tablesDropped tables in the previous lock only
 * @param changes per table in both, its changes in the order above ({@code + column nickname})
 */
public record SchemaDrift(List<String> tablesAdded, List<String> tablesDropped, SortedMap<String, List<String>> changes) {
    public SchemaDrift {
        tablesAdded = List.copyOf(Objects.requireNonNull(tablesAdded, "tablesAdded"));
        tablesDropped = List.copyOf(Objects.requireNonNull(tablesDropped, "tablesDropped"));
        SortedMap<String, List<String>> copy = new TreeMap<>();
        Objects.requireNonNull(changes, "changes").forEach((t, c) -> copy.put(t, List.copyOf(c)));
        changes = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The drift from {@code before} to {@code after}. */
    public static SchemaDrift between(NameLock before, NameLock after) {
        TreeSet<String> added = new TreeSet<>(after.classes().keySet());
        added.removeAll(before.classes().keySet());
        TreeSet<String> dropped = new TreeSet<>(before.classes().keySet());
        dropped.removeAll(after.classes().keySet());
        SortedMap<String, List<String>> changes = new TreeMap<>();

        for (Map.Entry<String, String> e : after.classes().entrySet()) {
            String previous = before.classes().get(e.getKey());
            if (previous != null && !previous.equals(e.getValue())) {
                add(changes, e.getKey(), "~ class " + previous + " -> " + e.getValue());
            }
        }
        for (NameLock.ColumnLock c : after.columns().values()) {
            if (added.contains(c.table())) {
                continue;
            }
            NameLock.ColumnLock old = before.columns().get(NameLock.columnKey(c.table(), c.column()));
            if (old == null) {
                add(changes, c.table(), "+ column " + c.column());
            } else if (!old.type().equals(c.type())) {
                add(changes, c.table(), "~ column " + c.column() + " (" + old.type() + " -> " + c.type() + ")");
            } else if (!old.field().equals(c.field())) {
                add(changes, c.table(), "~ column " + c.column() + " (field " + old.field() + " -> " + c.field() + ")");
            }
        }
        for (NameLock.ColumnLock c : before.columns().values()) {
            if (!dropped.contains(c.table()) && !after.columns().containsKey(NameLock.columnKey(c.table(), c.column()))) {
                add(changes, c.table(), "- column " + c.column());
            }
        }
        List<String[]> relationChanges = new ArrayList<>();
        for (NameLock.RelationLock r : after.relations().values()) {
            if (added.contains(r.owner())) {
                continue;
            }
            NameLock.RelationLock old = before.relations().get(r.key());
            if (old == null) {
                relationChanges.add(new String[] {r.owner(), r.field(), "+ relation " + r.field() + " -> " + r.target()});
            } else if (!old.kind().equals(r.kind())) {
                relationChanges.add(new String[] {r.owner(), r.field(),
                        "~ relation " + r.field() + " -> " + r.target() + " (" + old.kind() + " -> " + r.kind() + ")"});
            } else if (!old.field().equals(r.field())) {
                relationChanges.add(new String[] {r.owner(), r.field(),
                        "~ relation " + old.field() + " -> " + r.target() + " (renamed " + r.field() + ")"});
            }
        }
        for (NameLock.RelationLock r : before.relations().values()) {
            if (!dropped.contains(r.owner()) && !after.relations().containsKey(r.key())) {
                relationChanges.add(new String[] {r.owner(), r.field(), "- relation " + r.field() + " -> " + r.target()});
            }
        }
        for (NameLock.InferredKeyLock k : after.inferredKeys().values()) {
            if (!added.contains(k.owner()) && !before.inferredKeys().containsKey(k.key())) {
                relationChanges.add(new String[] {k.owner(), "(" + String.join(",", k.columns()),
                        "+ inferred key (" + String.join(", ", k.columns()) + ") -> " + k.target()});
            }
        }
        for (NameLock.InferredKeyLock k : before.inferredKeys().values()) {
            if (!dropped.contains(k.owner()) && !after.inferredKeys().containsKey(k.key())) {
                relationChanges.add(new String[] {k.owner(), "(" + String.join(",", k.columns()),
                        "- inferred key (" + String.join(", ", k.columns()) + ") -> " + k.target()});
            }
        }
        relationChanges.sort((a, b) -> a[0].equals(b[0]) ? (a[1].equals(b[1]) ? a[2].compareTo(b[2]) : a[1].compareTo(b[1]))
                : a[0].compareTo(b[0]));
        relationChanges.forEach(r -> add(changes, r[0], r[2]));
        return new SchemaDrift(List.copyOf(added), List.copyOf(dropped), changes);
    }

    private static void add(SortedMap<String, List<String>> changes, String table, String change) {
        changes.computeIfAbsent(table, k -> new ArrayList<>()).add(change);
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesDropped.isEmpty() && changes.isEmpty();
    }

    /**
     * One line per table: {@code + table tags}, {@code - table legacy_notes}, then
     * {@code users: + column nickname, + relation messagesByRecipient -> messages}.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        tablesAdded.forEach(t -> lines.add("+ table " + t));
        tablesDropped.forEach(t -> lines.add("- table " + t));
        changes.forEach((t, c) -> lines.add(t + ": " + String.join(", ", c)));
        return lines;
    }

    /** {@link #lines()} joined with "; ". */
    public String summary() {
        return String.join("; ", lines());
    }
}
