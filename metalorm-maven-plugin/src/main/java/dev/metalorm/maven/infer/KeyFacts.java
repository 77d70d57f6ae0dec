package dev.metalorm.maven.infer;

import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The key facts the rules share, and how they are worded in a {@link Reason}. Column sets are
 * compared as sets: a key on (b, a) is the same key as one on (a, b).
 */
final class KeyFacts {
    private KeyFacts() {
    }

    /**
     * The primary key, or else the first unique key by name, whose column set equals {@code columns},
     * described for a reason ("primary key pk_users_roles", "unique key uq_profiles_user",
     * "unique index ux_members").
     */
    static Optional<String> keyEqualTo(TableSnapshot table, Collection<String> columns) {
        TreeSet<String> wanted = new TreeSet<>(columns);
        if (table.primaryKey() != null && new TreeSet<>(table.primaryKey().columns()).equals(wanted)) {
            return Optional.of("primary key " + table.primaryKey().name());
        }
        return table.uniqueKeys().stream()
                .sorted(Comparator.comparing(UniqueKeySnapshot::name))
                .filter(u -> new TreeSet<>(u.columns()).equals(wanted))
                .findFirst()
                .map(u -> (u.index() ? "unique index " : "unique key ") + u.name());
    }

    /** Whether the FK's column set is exactly the table's primary key. */
    static boolean isPrimaryKey(TableSnapshot table, ForeignKeySnapshot fk) {
        return table.primaryKey() != null
                && new TreeSet<>(table.primaryKey().columns()).equals(new TreeSet<>(fk.columns()));
    }

    /** "fk_posts_user (user_id)". */
    static String describe(ForeignKeySnapshot fk) {
        return (fk.declared() ? fk.name() : "undeclared") + " " + columns(fk.columns());
    }

    /**
     * "FK fk_posts_user (user_id) -> users (id)", or for a key the database does not declare (suggested, or
     * added in the pom) "undeclared key (post_author) -> wp_users (ID)".
     */
    static String key(ForeignKeySnapshot fk) {
        return (fk.declared() ? "FK " + describe(fk) : "undeclared key " + columns(fk.columns()))
                + " -> " + fk.referencedTable() + " " + columns(fk.referencedColumns());
    }

    /** "FK posts.fk_posts_user (user_id)", or "undeclared key wp_posts (post_author)". */
    static String keyOf(String table, ForeignKeySnapshot fk) {
        return fk.declared() ? "FK " + table + "." + describe(fk) : "undeclared key " + table + " " + columns(fk.columns());
    }

    /** "fk_posts_user (user_id) -> users (id)". */
    static String describeWithTarget(ForeignKeySnapshot fk) {
        return describe(fk) + " -> " + fk.referencedTable() + " " + columns(fk.referencedColumns());
    }

    /** "(a, b)". */
    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /**
     * Foreign keys of a table sorted by name, whatever the input order, without duplicates: a key with
     * the columns, referenced table and referenced columns of one before it by name ({@code fk_b} beside
     * {@code fk_a} on the same columns) is the same relation, declared twice.
     */
    static List<ForeignKeySnapshot> sortedForeignKeys(TableSnapshot table) {
        List<ForeignKeySnapshot> out = new java.util.ArrayList<>();
        for (ForeignKeySnapshot fk : allSortedForeignKeys(table)) {
            if (duplicateOf(out, fk) == null) {
                out.add(fk);
            }
        }
        return List.copyOf(out);
    }

    static List<ForeignKeySnapshot> allSortedForeignKeys(TableSnapshot table) {
        return table.foreignKeys().stream()
                .sorted(Comparator.comparing(ForeignKeySnapshot::name).thenComparing(fk -> fk.columns().toString()))
                .toList();
    }

    /** The key of {@code kept} that {@code fk} repeats (same columns, same target and target columns), or null. */
    static ForeignKeySnapshot duplicateOf(List<ForeignKeySnapshot> kept, ForeignKeySnapshot fk) {
        return kept.stream()
                .filter(k -> k.columns().equals(fk.columns()) && k.referencedTable().equals(fk.referencedTable())
                        && k.referencedColumns().equals(fk.referencedColumns()))
                .findFirst().orElse(null);
    }
}
