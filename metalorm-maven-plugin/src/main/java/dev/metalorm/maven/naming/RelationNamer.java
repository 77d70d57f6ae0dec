package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.RelationOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationInferrer;
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
 * Relation fields. Every rule in one place; the README's naming table shows them with examples.
 *
 * <p><b>The role of a foreign key</b>, the words its relations are named by. For a single column:
 * <ol>
 *   <li>an id marker as first or last word is dropped: {@code id}, {@code fk}, {@code uuid},
 *       {@code guid}, or the referenced column's own words ({@code author_id → author}, {@code id_author},
 *       {@code author_fk}, {@code user_uuid → users(uuid)} and {@code country_code → countries(code)}
 *       give {@code user}, {@code country});</li>
 *   <li>an abbreviated column, a last word ending in {@code id} whose stem abbreviates the target, is
 *       named after the target ({@code uid → users} gives {@code user}, {@code cid → contacts}
 *       {@code contact}, {@code assigned_uid → users} {@code assignedUser}); a stem of three letters or
 *       more is a word of its own ({@code authorid → author});</li>
 *   <li>otherwise the column's own words ({@code area → area}, {@code resolved_by → resolvedBy},
 *       {@code parent}, {@code editor}); the column's field then takes the suffix {@code Id}
 *       ({@code areaId}, see {@link ColumnNamer}); a column that is only {@code id} gives the target's
 *       words;</li>
 *   <li>a role that is a Java keyword is followed by the target's words ({@code new_id → items} gives
 *       {@code newItem}, {@code class_id → class} {@code classEntity}).</li>
 * </ol>
 * A composite FK gives the words of its one column that no other FK to that target has
 * ({@code (tenant_id, from_account_id) → fromAccount}), or else {@code <target>By<Columns>}; the
 * target's words when it is the only FK of its table to that target and no self-reference.
 *
 * <p><b>Names by kind</b>, the short form first:
 * <ul>
 *   <li>belongsTo: the role ({@code author}, {@code area}).</li>
 *   <li>hasMany: the plural of the child class ({@code posts}); hasOne its singular ({@code profile});
 *       when the child has several FKs to the owner, or refers to itself, the role is added:
 *       {@code <children>By<Role>} ({@code messagesBySender}, {@code employeesByManager}), or
 *       {@code <children><Role>} when the role ends in {@code by} ({@code issuesResolvedBy}).</li>
 *   <li>belongsToMany: the plural of the target class ({@code roles}). When the owner has several to one
 *       target: the pivot's target-side role when it is not the target's name ({@code friends},
 *       {@code followers}, {@code uris}); in a self-referencing junction the other direction the
 *       owner-side role and {@code Of} ({@code friendsOf}).</li>
 * </ul>
 *
 * <p><b>Clashes</b>: only relations that want one name are lengthened. A belongsTo keeps its name,
 * then a hasMany/hasOne; the others, and every one of a clash of equals, take their next form:
 * hasMany {@code <children>By<Role>}; belongsToMany first the junction's role, the pivot's own words
 * (its name without the words of the two tables) read as a participle, an agent or a noun:
 * {@code uri_suggestions → suggestedUris}, {@code notifications → notifiedUris}, {@code blocks →
 * blockedPeople} (and {@code blockedBy} the other way), {@code friendships → friends}/{@code friendsOf},
 * on the side the pivot is named after an agent's plural ({@code project_members → members}), else
 * noun first ({@code memberProjects}); then {@code <targets>Via<Pivot>}. A name a locked or
 * overridden relation holds counts as a clash. A rule name equal to a column field gets the suffix
 * {@code Ref}. Any clash left, or a clash of an override ({@code name}, {@code inverseName},
 * {@code manyToManyName} win over the rule), is an error naming the table, both members and the
 * override to set; every such clash is reported, and no relation is ever dropped.
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
        return assign(owner, relations, NameLock.EMPTY, members, diagnostics);
    }

    /**
     * Like {@link #assign(TableSnapshot, List, Members, List)}: overrides first, then locked names,
     * then the rule around them. A rule name that a locked relation holds takes the longer form, and
     * failing that a number, so that a new relation never renames an old one.
     */
    List<RelationProperty> assign(TableSnapshot owner, List<Relation> relations, NameLock lock, Members members,
                                  List<Diagnostic> diagnostics) {
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
        java.util.Set<String> lockedFields = new java.util.TreeSet<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            String locked = lock.field(relation);
            if (fields[i] != null || locked == null) {
                continue;
            }
            String problem = members.problemWithOverride(locked);
            if (problem != null || !members.freeFor(locked, describe(relation))) {
                diagnostics.add(Diagnostic.warning("relation " + owner.name() + "." + locked, describe(relation) + " has the locked name "
                        + locked + ", which " + (problem != null ? problem : "is taken by " + members.holder(locked))
                        + "; the naming rule chooses instead. Update its line in metalorm.lock."));
                continue;
            }
            fields[i] = locked;
            lockedFields.add(locked);
            members.claim(locked, describe(relation));
        }
        String[] ruleNames = new String[relations.size()];
        String[] shortNames = new String[relations.size()];
        int[] level = new int[relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            if (fields[i] == null) {
                ruleNames[i] = name(owner, relations.get(i), relations, 0);
                shortNames[i] = ruleNames[i];
            }
        }
        java.util.Set<String> fixed = new java.util.TreeSet<>();
        for (String f : fields) {
            if (f != null) {
                fixed.add(f);
            }
        }
        // only relations that want one name are lengthened, one form at a time, until none clash or
        // none can be lengthened: belongsTo before hasMany/hasOne before belongsToMany keeps the name
        for (boolean changed = true; changed; ) {
            changed = false;
            Map<String, List<Integer>> wanting = new TreeMap<>();
            for (int i = 0; i < relations.size(); i++) {
                if (ruleNames[i] != null) {
                    wanting.computeIfAbsent(ruleNames[i], k -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> e : wanting.entrySet()) {
                List<Integer> group = e.getValue();
                if (group.size() < 2 && !fixed.contains(e.getKey())) {
                    continue;
                }
                int best = group.stream().mapToInt(i -> priority(relations.get(i))).min().orElseThrow();
                List<Integer> first = group.stream().filter(i -> priority(relations.get(i)) == best).toList();
                for (int i : group) {
                    boolean keeps = !fixed.contains(e.getKey()) && first.size() == 1 && first.get(0) == i;
                    if (!keeps && level[i] < maxLevel(relations.get(i))) {
                        level[i]++;
                        ruleNames[i] = name(owner, relations.get(i), relations, level[i]);
                        changed = true;
                    }
                }
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            if (ruleNames[i] != null && !ruleNames[i].equals(shortNames[i])) {
                diagnostics.add(Diagnostic.info("relation " + owner.name() + "." + ruleNames[i], describe(relations.get(i)) + " is named "
                        + ruleNames[i] + " because another relation of " + owner.name() + " is also named " + shortNames[i] + "."));
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
            if (holder != null && lock.field(relation) == null && isLocked(holder, lockedFields, members)) {
                String base = field;
                for (int n = 2; members.holder(field) != null; n++) {
                    field = base + n;
                }
                diagnostics.add(Diagnostic.warning("relation " + owner.name() + "." + field, describe(relation) + " is named " + field
                        + " because " + holder + " keeps the name " + base + " from metalorm.lock. Set a relation override to choose another name."));
                holder = null;
            }
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

    private static int priority(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> 0;
            case HAS_MANY, HAS_ONE -> 1;
            case BELONGS_TO_MANY -> 2;
        };
    }

    /** How many longer forms a relation has: belongsTo none, hasMany/hasOne the role, belongsToMany the junction's role and Via. */
    private static int maxLevel(Relation relation) {
        return priority(relation);
    }

    private String name(TableSnapshot owner, Relation relation, List<Relation> ownerRelations, int level) {
        return JavaIdentifiers.member(Words.camel(ruleWords(owner, relation, ownerRelations, level)));
    }

    /** The rule's words for a relation at a form: 0 the short one, then the longer ones of the class comment. */
    private List<String> ruleWords(TableSnapshot owner, Relation relation, List<Relation> ownerRelations, int level) {
        switch (relation.kind()) {
            case BELONGS_TO:
                return role(owner, foreignKey(owner, relation.foreignKeyName()));
            case HAS_MANY:
            case HAS_ONE: {
                TableSnapshot child = tables.get(relation.targetTable());
                ForeignKeySnapshot fk = foreignKey(child, relation.foreignKeyName());
                List<String> childWords = classes.get(child.name()).words();
                List<String> words = relation.kind() == RelationKind.HAS_MANY ? pluralLast(childWords) : new ArrayList<>(childWords);
                if (level > 0 || child.name().equals(owner.name()) || countToTarget(child, owner.name()) > 1) {
                    List<String> role = role(child, fk);
                    if (!role.get(role.size() - 1).equals("by")) {
                        words.add("by");
                    }
                    words.addAll(role);
                }
                return words;
            }
            case BELONGS_TO_MANY: {
                List<String> shortForm = manyToManyWords(owner, relation, ownerRelations);
                if (level == 0) {
                    return shortForm;
                }
                TableSnapshot pivot = tables.get(relation.pivotTable());
                if (level == 1) {
                    return junctionRoleWords(owner, relation, shortForm);
                }
                List<String> words = new ArrayList<>(shortForm);
                words.add("via");
                words.addAll(classes.get(pivot.name()).words());
                return words;
            }
            default:
                throw new IllegalStateException("Unknown relation kind " + relation.kind());
        }
    }

    /** The short form of a belongsToMany: the target's plural, or with several to one target the pivot's roles. */
    private List<String> manyToManyWords(TableSnapshot owner, Relation relation, List<Relation> ownerRelations) {
        List<String> targetWords = classes.get(relation.targetTable()).words();
        long parallel = ownerRelations.stream()
                .filter(r -> r.kind() == RelationKind.BELONGS_TO_MANY && r.targetTable().equals(relation.targetTable()))
                .count();
        if (parallel <= 1) {
            return pluralLast(targetWords);
        }
        TableSnapshot pivot = tables.get(relation.pivotTable());
        List<String> targetRole = role(pivot, foreignKey(pivot, relation.targetForeignKeyName()));
        if (!targetRole.equals(targetWords)) {
            return pluralLast(targetRole);
        }
        List<String> rootRole = role(pivot, foreignKey(pivot, relation.foreignKeyName()));
        if (relation.targetTable().equals(owner.name()) && !rootRole.equals(classes.get(owner.name()).words())) {
            List<String> words = pluralLast(rootRole);
            words.add("of");
            return words;
        }
        return pluralLast(targetWords);
    }

    /**
     * The junction's role: the pivot's own words (without the words of owner and target) as a
     * participle ({@code suggestedUris}), an agent ({@code friends}, {@code members}) or a noun in
     * front ({@code memberProjects}); the short form when the pivot has no words of its own.
     */
    private List<String> junctionRoleWords(TableSnapshot owner, Relation relation, List<String> shortForm) {
        List<String> ownerWords = classes.get(owner.name()).words();
        List<String> targetWords = classes.get(relation.targetTable()).words();
        List<String> pivotWords = classes.get(relation.pivotTable()).words();
        List<String> own = new ArrayList<>(pivotWords.stream().filter(w -> !ownerWords.contains(w) && !targetWords.contains(w)).toList());
        if (own.isEmpty()) {
            return shortForm;
        }
        String last = own.get(own.size() - 1);
        List<String> front = own.subList(0, own.size() - 1);
        boolean selfReference = relation.targetTable().equals(owner.name());
        // the direction whose target side is the table's plain key (person_id beside related_person_id)
        boolean reverse = selfReference && shortForm.get(shortForm.size() - 1).equals("of");
        String agent = last.endsWith("ship") && last.length() > 4 ? last.substring(0, last.length() - 4) : null;
        String participle = Participles.of(last);
        List<String> words = new ArrayList<>(front);
        if (selfReference && agent != null) {
            words.add(Inflector.plural(agent));
            if (reverse) {
                words.add("of");
            }
        } else if (participle != null) {
            words.add(participle);
            if (selfReference && reverse) {
                words.add("by");
            } else {
                words.addAll(selfReference ? pluralLast(targetWords) : shortForm);
            }
        } else if (!selfReference && Participles.isAgent(last) && pivotWords.containsAll(ownerWords)) {
            words.add(Inflector.plural(last)); // project_members seen from projects: the users are its members
        } else {
            words.add(last);
            words.addAll(shortForm);
        }
        return words;
    }

    /** The words a FK's relations are named by; see the class comment. */
    List<String> role(TableSnapshot table, ForeignKeySnapshot fk) {
        List<String> targetWords = classes.get(fk.referencedTable()).words();
        if (fk.columns().size() == 1) {
            return keywordSafe(singleColumnRole(fk.columns().get(0), fk.referencedColumns().get(0), targetWords), fk);
        }
        if (countToTarget(table, fk.referencedTable()) == 1 && !fk.referencedTable().equals(table.name())) {
            return targetWords;
        }
        // composite, next to other FKs to the same table: (tenant_id, from_account_id) beside
        // (tenant_id, to_account_id) is told apart by its one column of its own
        List<ForeignKeySnapshot> others = RelationInferrer.distinctForeignKeys(table).stream()
                .filter(other -> !other.name().equals(fk.name()) && other.referencedTable().equals(fk.referencedTable()))
                .toList();
        List<String> own = fk.columns().stream().filter(c -> others.stream().noneMatch(other -> other.columns().contains(c))).toList();
        if (own.size() == 1) {
            List<String> stripped = withoutIdMarker(own.get(0), null);
            List<String> words = stripped != null ? stripped : Words.split(own.get(0));
            if (!words.isEmpty()) {
                return keywordSafe(words, fk);
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

    private static List<String> singleColumnRole(String column, String referencedColumn, List<String> targetWords) {
        List<String> stripped = withoutIdMarker(column, referencedColumn);
        if (stripped != null) {
            return stripped;
        }
        List<String> words = Words.split(column);
        if (words.isEmpty() || words.size() == 1 && isIdMarker(words.get(0), referencedColumn)) {
            return targetWords;
        }
        String last = words.get(words.size() - 1);
        if (last.length() > 2 && last.endsWith("id")) {
            String stem = last.substring(0, last.length() - 2);
            String targetLast = targetWords.get(targetWords.size() - 1);
            String initials = targetWords.stream().map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining());
            List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
            if (targetLast.startsWith(stem) || stem.equals(initials) || stem.equals(String.join("", targetWords))) {
                out.addAll(targetWords); // uid -> users: user
                return out;
            }
            if (stem.length() >= 3) {
                out.add(stem); // authorid: author
                return out;
            }
        }
        return words;
    }

    /** A role that is a Java keyword ({@code new}, {@code class}) is followed by the target's words: {@code newItem}. */
    private List<String> keywordSafe(List<String> role, ForeignKeySnapshot fk) {
        if (!JavaIdentifiers.isReservedMember(Words.camel(role))) {
            return role;
        }
        EntityName target = classes.get(fk.referencedTable());
        List<String> words = new ArrayList<>(role);
        if (!target.words().equals(role)) {
            words.addAll(target.words()); // new_id -> items: newItem
        } else if (!Words.split(target.className()).equals(role)) {
            return Words.split(target.className()); // class_id -> class: classEntity
        } else {
            words.add("ref");
        }
        return words;
    }

    /**
     * The columns of {@code table} whose belongsTo takes the column's own name ({@code area},
     * {@code resolved_by}, {@code parent}): their fields get the suffix {@code Id}.
     */
    java.util.Set<String> relationNamedColumns(TableSnapshot table) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (ForeignKeySnapshot fk : RelationInferrer.distinctForeignKeys(table)) {
            if (fk.columns().size() == 1 && tables.containsKey(fk.referencedTable())
                    && role(table, fk).equals(Words.split(fk.columns().get(0)))) {
                out.add(fk.columns().get(0));
            }
        }
        return out;
    }

    /** The column's words without a leading or trailing id marker, or null when it has none. */
    private static List<String> withoutIdMarker(String column, String referencedColumn) {
        List<String> words = Words.split(column);
        List<String> referenced = referencedColumn == null ? List.of() : Words.split(referencedColumn);
        int n = referenced.size();
        if (n > 0 && words.size() > n) {
            if (words.subList(words.size() - n, words.size()).equals(referenced)) {
                return words.subList(0, words.size() - n);
            }
            if (words.subList(0, n).equals(referenced)) {
                return words.subList(n, words.size());
            }
        }
        if (words.size() > 1 && isIdMarker(words.get(words.size() - 1), null)) {
            return words.subList(0, words.size() - 1);
        }
        if (words.size() > 1 && isIdMarker(words.get(0), null)) {
            return words.subList(1, words.size());
        }
        return null;
    }

    private static boolean isIdMarker(String word, String referencedColumn) {
        return word.equals("id") || word.equals("fk") || word.equals("uuid") || word.equals("guid")
                || referencedColumn != null && List.of(word).equals(Words.split(referencedColumn));
    }

    private static long countToTarget(TableSnapshot table, String target) {
        return RelationInferrer.distinctForeignKeys(table).stream().filter(f -> f.referencedTable().equals(target)).count();
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
    Optional<String> overriddenName(Relation relation) {
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

    /** Whether the member {@code holder} holds its name because of the lock (then a newcomer yields). */
    private static boolean isLocked(String holder, java.util.Set<String> lockedFields, Members members) {
        return lockedFields.stream().anyMatch(f -> holder.equals(members.holder(f)));
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
