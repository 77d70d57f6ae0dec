package dev.metalorm.maven.suggest;

import dev.metalorm.maven.naming.TableWords;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which table a column's name points at. The column's words ({@code comment_post_ID → comment, post, id})
 * lose their id marker ({@code _id}, {@code Id}, {@code id_}, {@code fk_}, or a glued {@code userid}) and,
 * when they start with the singular of their own table ({@code comment} in {@code wp_comments}), that word;
 * what is left, the stem, is matched against the tables' names with their last word singular, by level:
 *
 * <ol>
 *   <li>table: a table named the stem ({@code user_id → users}, {@code status_id → status}), or the stem
 *       after a leading part of the owner's own name ({@code post_id} in {@code wp_postmeta → wp_posts},
 *       {@code order_id} in {@code sales_order_item → sales_order}), the longest such part first;</li>
 *   <li>self: {@code parent}, {@code parent_<own singular>} ({@code parent_item_id} in
 *       {@code sales_order_item}) refer to the owner;</li>
 *   <li>role: a word that names a person ({@code author}, {@code owner}, {@code creator}, {@code created_by}...)
 *       refers to the users table ({@code users}, {@code wp_users}; else accounts, members, people);</li>
 *   <li>entity (with an id marker only): the stem followed by {@code entity}, Magento's EAV tables
 *       ({@code customer_id → customer_entity}, {@code category_id} in {@code catalog_category_product →
 *       catalog_category_entity});</li>
 *   <li>suffix (with an id marker only): the one table whose name ends with the stem and {@code entity}
 *       ({@code product_id → catalog_product_entity}), else the one whose name ends with the stem
 *       ({@code website_id → store_website}, {@code attribute_set_id → eav_attribute_set}).</li>
 * </ol>
 *
 * Only the self rule makes a table refer to itself ({@code product_id} of {@code catalog_category_product}
 * names the products, not its own table).
 * Points (hundredths) by level and marker: table and self 50 with a separated marker, 45 glued, 30 without one;
 * role 45 / 40 / 25; entity and suffix 40 / 35. Several tables at the best level: the first by name, 10 less,
 * and the others named. Only tables with a single-column primary key are targets.
 */
final class NameRule {
    /** A column's target by name. */
    record Match(TableSnapshot target, int points, String fact) {
    }

    private enum Marker {
        SEPARATED(0), GLUED(5), NONE(20);

        final int penalty;

        Marker(int penalty) {
            this.penalty = penalty;
        }
    }

    private static final Set<String> ID_MARKERS = Set.of("id", "fk");
    private static final Set<String> PERSON_ROLES = Set.of("author", "owner", "creator", "editor", "user", "assignee",
            "reporter", "sender", "recipient", "reviewer", "approver", "modifier", "updater", "uploader", "submitter");
    private static final Set<String> BY_VERBS = Set.of("created", "updated", "modified", "deleted", "changed", "approved",
            "assigned", "owned", "edited", "reviewed", "submitted", "uploaded");
    private static final List<String> PERSON_TABLES = List.of("user", "account", "member", "person");

    private final Map<String, List<String>> nounWords = new TreeMap<>();
    private final List<TableSnapshot> targets;

    NameRule(SchemaSnapshot snapshot) {
        targets = snapshot.tables().stream()
                .filter(t -> t.kind() == TableKind.TABLE && t.primaryKey() != null && t.primaryKey().columns().size() == 1)
                .sorted(Comparator.comparing(TableSnapshot::name))
                .toList();
        targets.forEach(t -> nounWords.put(t.name(), TableWords.nounWords(t.name())));
    }

    Optional<Match> match(TableSnapshot owner, ColumnSnapshot column) {
        List<String> words = TableWords.words(column.name());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Marker marker;
        List<String> stem;
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && ID_MARKERS.contains(last)) {
            marker = Marker.SEPARATED;
            stem = words.subList(0, words.size() - 1);
        } else if (words.size() > 1 && ID_MARKERS.contains(words.get(0))) {
            marker = Marker.SEPARATED;
            stem = words.subList(1, words.size());
        } else if (last.length() > 4 && last.endsWith("id")) {
            marker = Marker.GLUED;
            stem = new ArrayList<>(words.subList(0, words.size() - 1));
            stem.add(last.substring(0, last.length() - 2));
        } else if (ID_MARKERS.contains(last)) {
            return Optional.empty();
        } else {
            marker = Marker.NONE;
            stem = words;
        }
        List<String> ownerWords = TableWords.nounWords(owner.name());
        String ownerNoun = ownerWords.get(ownerWords.size() - 1);
        List<List<String>> variants = new ArrayList<>();
        variants.add(List.copyOf(stem));
        if (stem.size() > 1 && TableWords.singular(stem.get(0)).equals(ownerNoun)) {
            variants.add(List.copyOf(stem.subList(1, stem.size())));
        }
        for (List<String> variant : variants) {
            Optional<Match> m = matchStem(owner, column, variant, ownerWords, ownerNoun, marker);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> matchStem(TableSnapshot owner, ColumnSnapshot column, List<String> stem, List<String> ownerWords,
                                      String ownerNoun, Marker marker) {
        String name = column.name();
        String stemText = String.join("_", stem);
        // 1. table, the longest shared prefix of the owner's name first
        for (int p = ownerWords.size(); p >= 0; p--) {
            List<String> prefix = ownerWords.subList(0, p);
            List<TableSnapshot> found = named(concat(prefix, stem), owner);
            if (!found.isEmpty()) {
                String how = p == 0 ? "" : " (after " + String.join("_", prefix) + "_, as " + owner.name() + " starts)";
                return pick(owner, column, found, 50 - marker.penalty, name + " names table %s" + how);
            }
        }
        // 2. self
        if (stem.equals(List.of("parent")) || stem.equals(List.of("parent", ownerNoun))) {
            return Optional.of(new Match(ownerTarget(owner), 50 - marker.penalty,
                    name + " names the parent row of the same table"))
                    .filter(m -> m.target() != null && !m.target().primaryKey().columns().get(0).equals(name));
        }
        // 3. role
        boolean person = stem.size() == 1 && PERSON_ROLES.contains(stem.get(0))
                || stem.size() == 2 && stem.get(1).equals("by") && BY_VERBS.contains(stem.get(0));
        if (person) {
            for (String kind : PERSON_TABLES) {
                for (int p = ownerWords.size(); p >= 0; p--) {
                    List<TableSnapshot> found = named(concat(ownerWords.subList(0, p), List.of(kind)), owner);
                    if (!found.isEmpty()) {
                        return pick(owner, column, found, 45 - marker.penalty,
                                name + " names a person (" + stemText + "), and %s holds the " + kind + "s");
                    }
                }
            }
        }
        if (marker == Marker.NONE) {
            return Optional.empty();
        }
        // 4. entity
        for (int p = ownerWords.size(); p >= 0; p--) {
            List<TableSnapshot> found = named(concat(concat(ownerWords.subList(0, p), stem), List.of("entity")), owner);
            if (!found.isEmpty()) {
                return pick(owner, column, found, 40 - marker.penalty, name + " names the entity table %s");
            }
        }
        // 5. suffix: one table only, an entity table first
        for (List<String> end : List.of(concat(stem, List.of("entity")), stem)) {
            List<TableSnapshot> ending = targets.stream().filter(t -> {
                List<String> noun = nounWords.get(t.name());
                return !t.name().equals(owner.name()) && noun.size() > end.size()
                        && noun.subList(noun.size() - end.size(), noun.size()).equals(end);
            }).toList();
            if (ending.size() == 1) {
                return pick(owner, column, ending, 40 - marker.penalty,
                        name + " names %s, the one table whose name ends with " + String.join("_", end));
            }
        }
        return Optional.empty();
    }

    private TableSnapshot ownerTarget(TableSnapshot owner) {
        return targets.stream().filter(t -> t.name().equals(owner.name())).findFirst().orElse(null);
    }

    private Optional<Match> pick(TableSnapshot owner, ColumnSnapshot column, List<TableSnapshot> found, int points, String fact) {
        List<TableSnapshot> usable = found.stream()
                .filter(t -> !(t.name().equals(owner.name()) && t.primaryKey().columns().get(0).equals(column.name())))
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        TableSnapshot first = usable.get(0);
        if (usable.size() == 1) {
            return Optional.of(new Match(first, points, String.format(java.util.Locale.ROOT, fact, first.name())));
        }
        List<String> others = usable.subList(1, usable.size()).stream().map(TableSnapshot::name).toList();
        return Optional.of(new Match(first, points - 10, String.format(java.util.Locale.ROOT, fact, first.name())
                + "; " + String.join(", ", others) + " match" + (others.size() == 1 ? "es" : "") + " too"));
    }

    /** Tables named {@code words}, never the owner itself: a self-reference is the self rule's. */
    private List<TableSnapshot> named(List<String> words, TableSnapshot owner) {
        return targets.stream().filter(t -> !t.name().equals(owner.name()) && nounWords.get(t.name()).equals(words)).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
