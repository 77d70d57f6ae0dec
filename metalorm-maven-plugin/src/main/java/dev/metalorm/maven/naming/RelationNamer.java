package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.RelationOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Relation fields. The rule, by kind:
 *
 * <ul>
 *   <li>belongsTo: the FK's <em>role</em> ({@code author_id → author}).</li>
 *   <li>hasMany: the plural of the child class ({@code posts}, {@code orderItems}); hasOne: its singular
 *       ({@code profile}). When the child has several FKs to the owner, or refers to itself, the role
 *       is added: {@code <children>By<Role>} ({@code messagesBySender}, {@code messagesByRecipient},
 *       {@code employeesByManager}).</li>
 *   <li>belongsToMany: the plural of the target class ({@code roles}, {@code users}). When the owner
 *       has several to the same target (a self-referencing junction, two junctions), the first that
 *       differs from the default: the plural of the pivot's target-side role ({@code friends},
 *       {@code followers}); else the plural of its owner-side role and {@code Of}
 *       ({@code friendsOf}); else {@code <targets>Via<Pivot>} ({@code projectsViaProjectWatcher}).</li>
 * </ul>
 *
 * <p>The role of a FK: a single column without an id marker ({@code id}, {@code fk} as first or last
 * word: {@code author_id}, {@code AuthorId}, {@code id_author}, {@code author_fk}) gives its other
 * words; otherwise the target's singular class words ({@code user}) when it is the only FK of its
 * table to that target and not a self-reference; otherwise the column's words ({@code sender}); a
 * composite FK then gives the words of its one column no other FK to that target has
 * ({@code (tenant_id, from_account_id) → fromAccount}), or else {@code <target>By<Columns>}.
 *
 * <p>Collisions: when two relations of one entity get the same rule name, the belongsTo keeps it and
 * the others take their longer form: {@code <children>By<Role>}, {@code <targets>Via<Pivot>} (in a
 * cycle {@code staff.store_id} / unique {@code store.manager_staff_id}, Staff gets {@code store} and
 * {@code storeByManagerStaff}). Column fields are named first. A rule name equal to a column field gets the suffix
 * {@code Ref} ({@code author} next to a column {@code author} → {@code authorRef}). Any clash left, or
 * a clash of an override ({@code name}, {@code inverseName}, {@code manyToManyName} win over the rule),
 * is an error naming the table and both members: no relation is ever dropped.
 */
final class RelationNamer {
    static final String COLUMN_CLASH_SUFFIX = "Ref";

    private final Map<String, TableSnapshot> tables;
    private final Map<String, EntityName> classes;
    private final Overrides overrides;

    RelationNamer(Map<String, TableSnapshot> tables, Map<String, EntityName> classes, Overrides overrides) {
        this.tables = tables;
        this.classes = classes;
        this.overrides = overrides;
    }

    /** Names the relations owned by {@code owner}, given in {@link Relation#key()} order; sorted by field name. */
    List<RelationProperty> assign(TableSnapshot owner, List<Relation> relations, Members members, List<Diagnostic> diagnostics) {
        String[] fields = new String[relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            Optional<String> wanted = overriddenName(relation);
            if (wanted.isEmpty()) {
                continue;
            }
            String subject = "override of relation " + overrideSubject(relation);
            String problem = members.problemWithOverride(wanted.get());
            if (problem != null) {
                diagnostics.add(Diagnostic.error(subject, "\"" + wanted.get() + "\" " + problem + ". Choose another name."));
            } else if (members.holder(wanted.get()) != null) {
                diagnostics.add(Diagnostic.error(subject, "name " + wanted.get() + " for " + describe(relation) + " clashes with "
                        + members.holder(wanted.get()) + " of " + owner.name() + ". Choose another name."));
            } else {
                fields[i] = wanted.get();
                members.claim(fields[i], describe(relation));
            }
        }
        String[] ruleNames = new String[relations.size()];
        Map<String, Integer> uses = new TreeMap<>();
        for (int i = 0; i < relations.size(); i++) {
            if (fields[i] != null) {
                uses.merge(fields[i], 1, Integer::sum);
            } else {
                ruleNames[i] = JavaIdentifiers.member(Words.camel(ruleWords(owner, relations.get(i), relations, false)));
                uses.merge(ruleNames[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            if (ruleNames[i] != null && uses.get(ruleNames[i]) > 1 && relation.kind() != RelationKind.BELONGS_TO) {
                String longer = JavaIdentifiers.member(Words.camel(ruleWords(owner, relation, relations, true)));
                if (!longer.equals(ruleNames[i])) {
                    diagnostics.add(Diagnostic.info("relation " + owner.name() + "." + longer, describe(relation) + " is named "
                            + longer + " because another relation of " + owner.name() + " is also named " + ruleNames[i] + "."));
                    ruleNames[i] = longer;
                }
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            if (fields[i] != null) {
                continue;
            }
            Relation relation = relations.get(i);
            String field = ruleNames[i];
            if (members.isColumnField(field)) {
                diagnostics.add(Diagnostic.info("relation " + owner.name() + "." + field + COLUMN_CLASH_SUFFIX, describe(relation)
                        + " is named " + field + COLUMN_CLASH_SUFFIX + " because " + members.holder(field) + " gives the field " + field + "."));
                field = field + COLUMN_CLASH_SUFFIX;
            }
            String holder = members.holder(field);
            if (holder != null) {
                diagnostics.add(Diagnostic.error("relation " + owner.name() + "." + field, describe(relation) + " and " + holder
                        + " both want the field " + field + " of table " + owner.name()
                        + ". Name one of them with a relation override (" + overrideHint(relation) + ")."));
            } else {
                members.claim(field, describe(relation));
            }
            fields[i] = field;
        }

        List<RelationProperty> properties = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            properties.add(new RelationProperty(r, fields[i], JavaIdentifiers.getter(fields[i]),
                    classes.get(r.targetTable()).className(),
                    r.kind() == RelationKind.BELONGS_TO_MANY ? classes.get(r.pivotTable()).className() : null));
        }
        properties.sort(Comparator.comparing(RelationProperty::fieldName).thenComparing(p -> p.relation().key()));
        return properties;
    }

    /**
     * The rule's words for a relation; {@code disambiguate} asks for the longer form of an inverse
     * ({@code <children>By<Role>}, {@code <targets>Via<Pivot>}), used when the short one is wanted by
     * another relation of the owner too.
     */
    private List<String> ruleWords(TableSnapshot owner, Relation relation, List<Relation> ownerRelations, boolean disambiguate) {
        switch (relation.kind()) {
            case BELONGS_TO:
                return role(owner, foreignKey(owner, relation.foreignKeyName()));
            case HAS_MANY:
            case HAS_ONE: {
                TableSnapshot child = tables.get(relation.targetTable());
                ForeignKeySnapshot fk = foreignKey(child, relation.foreignKeyName());
                List<String> childWords = classes.get(child.name()).words();
                List<String> words = relation.kind() == RelationKind.HAS_MANY ? pluralLast(childWords) : new ArrayList<>(childWords);
                if (disambiguate || child.name().equals(owner.name()) || countToTarget(child, owner.name()) > 1) {
                    words.add("by");
                    words.addAll(role(child, fk));
                }
                return words;
            }
            case BELONGS_TO_MANY: {
                List<String> targetWords = classes.get(relation.targetTable()).words();
                long parallel = ownerRelations.stream()
                        .filter(r -> r.kind() == RelationKind.BELONGS_TO_MANY && r.targetTable().equals(relation.targetTable()))
                        .count();
                TableSnapshot pivot = tables.get(relation.pivotTable());
                if (parallel <= 1) {
                    List<String> words = pluralLast(targetWords);
                    if (disambiguate) {
                        words.add("via");
                        words.addAll(classes.get(pivot.name()).words());
                    }
                    return words;
                }
                List<String> targetRole = role(pivot, foreignKey(pivot, relation.targetForeignKeyName()));
                List<String> rootRole = role(pivot, foreignKey(pivot, relation.foreignKeyName()));
                if (!targetRole.equals(targetWords)) {
                    return pluralLast(targetRole);
                }
                if (!rootRole.equals(classes.get(owner.name()).words())) {
                    List<String> words = pluralLast(rootRole);
                    words.add("of");
                    return words;
                }
                List<String> words = pluralLast(targetWords);
                words.add("via");
                words.addAll(classes.get(pivot.name()).words());
                return words;
            }
            default:
                throw new IllegalStateException("Unknown relation kind " + relation.kind());
        }
    }

    /** The words a FK's relations are named by; see the class comment. */
    List<String> role(TableSnapshot table, ForeignKeySnapshot fk) {
        if (fk.columns().size() == 1) {
            List<String> stripped = withoutIdMarker(fk.columns().get(0));
            if (stripped != null) {
                return stripped;
            }
        }
        List<String> targetWords = classes.get(fk.referencedTable()).words();
        if (countToTarget(table, fk.referencedTable()) == 1 && !fk.referencedTable().equals(table.name())) {
            return targetWords;
        }
        if (fk.columns().size() == 1) {
            List<String> words = Words.split(fk.columns().get(0));
            return words.isEmpty() ? targetWords : words;
        }
        // composite, next to other FKs to the same table: (tenant_id, from_account_id) beside
        // (tenant_id, to_account_id) is told apart by its one column of its own
        List<String> own = fk.columns().stream()
                .filter(c -> table.foreignKeys().stream()
                        .filter(other -> other != fk && other.referencedTable().equals(fk.referencedTable()))
                        .noneMatch(other -> other.columns().contains(c)))
                .toList();
        if (own.size() == 1) {
            List<String> stripped = withoutIdMarker(own.get(0));
            List<String> words = stripped != null ? stripped : Words.split(own.get(0));
            if (!words.isEmpty()) {
                return words;
            }
        }
        List<String> words = new ArrayList<>(targetWords);
        words.add("by");
        for (int i = 0; i < fk.columns().size(); i++) {
            if (i > 0) {
                words.add("and");
            }
            words.addAll(Words.split(fk.columns().get(i)));
        }
        return words;
    }

    /** The column's words without a leading or trailing id marker, or null when it has none. */
    private static List<String> withoutIdMarker(String column) {
        List<String> words = Words.split(column);
        if (words.size() > 1 && isIdMarker(words.get(words.size() - 1))) {
            return words.subList(0, words.size() - 1);
        }
        if (words.size() > 1 && isIdMarker(words.get(0))) {
            return words.subList(1, words.size());
        }
        return null;
    }

    private static boolean isIdMarker(String word) {
        return word.equals("id") || word.equals("fk");
    }

    private static long countToTarget(TableSnapshot table, String target) {
        return table.foreignKeys().stream().filter(f -> f.referencedTable().equals(target)).count();
    }

    private static List<String> pluralLast(List<String> words) {
        List<String> out = new ArrayList<>(words);
        int last = out.size() - 1;
        out.set(last, Inflector.plural(Inflector.singular(out.get(last))));
        return out;
    }

    private static ForeignKeySnapshot foreignKey(TableSnapshot table, String name) {
        return table.foreignKeys().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Table " + table.name() + " has no foreign key " + name));
    }

    /** The override of this relation's name, if any: {@code name}, {@code inverseName} or {@code manyToManyName}. */
    private Optional<String> overriddenName(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> overrideOf(relation.table(), relation.foreignKeyName()).map(RelationOverride::name);
            case HAS_MANY, HAS_ONE -> overrideOf(relation.targetTable(), relation.foreignKeyName()).map(RelationOverride::inverseName);
            case BELONGS_TO_MANY -> overrideOf(relation.pivotTable(), relation.foreignKeyName()).map(RelationOverride::manyToManyName);
        };
    }

    Optional<RelationOverride> overrideOf(String table, String foreignKeyName) {
        TableSnapshot t = tables.get(table);
        ForeignKeySnapshot fk = foreignKey(t, foreignKeyName);
        return overrides.relations().stream()
                .filter(o -> o.table().equals(table) && matches(o, fk))
                .findFirst();
    }

    static boolean matches(RelationOverride override, ForeignKeySnapshot fk) {
        String wanted = override.foreignKey().replace(" ", "");
        return wanted.equals(fk.name()) || wanted.equals(String.join(",", fk.columns()));
    }

    private String overrideSubject(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> relation.table() + " " + relation.foreignKeyName() + " (name)";
            case HAS_MANY, HAS_ONE -> relation.targetTable() + " " + relation.foreignKeyName() + " (inverseName)";
            case BELONGS_TO_MANY -> relation.pivotTable() + " " + relation.foreignKeyName() + " (manyToManyName)";
        };
    }

    private static String overrideHint(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> "table " + relation.table() + ", foreignKey " + relation.foreignKeyName() + ", name";
            case HAS_MANY, HAS_ONE -> "table " + relation.targetTable() + ", foreignKey " + relation.foreignKeyName() + ", inverseName";
            case BELONGS_TO_MANY -> "table " + relation.pivotTable() + ", foreignKey " + relation.foreignKeyName() + ", manyToManyName";
        };
    }

    static String describe(Relation relation) {
        return "relation " + relation.key();
    }
}
