package dev.metalorm.maven.naming;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.RelationOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The naming stage: decides every identifier of the generated sources. A pure function: the same
 * snapshot, inference and overrides give the same {@link NamedModel}, whatever the order of the
 * input lists.
 *
 * <ul>
 *   <li>classes: {@link ClassNamer} ({@code users → User}, {@code users_roles → UserRole},
 *       {@code people → Person}, {@code USER_ROLES → UserRole}, {@code string → StringEntity});</li>
 *   <li>column fields: {@link ColumnNamer} ({@code created_at → createdAt}, {@code class → className},
 *       FK column {@code area → areaId});</li>
 *   <li>relation fields: {@link RelationNamer} ({@code author_id → author}, {@code area}, {@code posts},
 *       {@code messagesBySender}, {@code friends}/{@code friendsOf}, {@code suggestedUris}, {@code authorRef});</li>
 *   <li>accessors: {@code get}/{@code set} + the capitalised field ({@code getClassName}, never
 *       {@code getClass});</li>
 *   <li>enums of enum-typed columns: {@link EnumNamer} ({@code order_status → OrderStatus} for a PostgreSQL type,
 *       entity + field for a MySQL ENUM column, {@code in progress → IN_PROGRESS});</li>
 *   <li>Java-safety: {@link JavaIdentifiers}, one rule for keywords, {@code java.lang} names and digits.</li>
 * </ul>
 *
 * Overrides win; an override that is unusable or clashes is an error naming it. A relation
 * override naming a foreign key that does not exist is an error too; one for a table that is not in
 * the snapshot, or a {@code manyToManyName} on a table that is not a junction, is a warning.
 * Entities are sorted by class name, their relations by field name.
 */
public final class EntityNamer {
    private EntityNamer() {
    }

    public static NamedModel name(SchemaSnapshot snapshot, InferenceResult inference, Overrides overrides, String packageName) {
        return name(snapshot, inference, overrides, packageName, NameLock.EMPTY, false);
    }

    /**
     * Names with a lock: overrides win, then the names in {@code lock}, then the rules, which
     * allocate new names around locked ones. With {@code generationGap} every entity also gets its
     * base class name ({@code User} → {@code UserBase}), reserved against other tables' classes.
     */
    public static NamedModel name(SchemaSnapshot snapshot, InferenceResult inference, Overrides overrides, String packageName,
                                  NameLock lock, boolean generationGap) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<TableSnapshot> tables = snapshot.tables().stream().sorted(Comparator.comparing(TableSnapshot::name)).toList();
        Map<String, TableSnapshot> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<String, TableClassification> classifications = new TreeMap<>();
        inference.tables().forEach(c -> classifications.put(c.table(), c));
        Map<String, List<Relation>> relationsByOwner = new TreeMap<>();
        inference.relations().stream()
                .sorted(Comparator.comparing(Relation::table).thenComparing(Relation::key))
                .forEach(r -> relationsByOwner.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r));

        checkRelationOverrides(byName, inference, overrides, diagnostics);

        Map<String, EntityName> classes = ClassNamer.assign(tables, overrides, lock, generationGap, diagnostics);
        RelationNamer relationNamer = new RelationNamer(byName, classes, overrides);
        List<EntityModel> entities = new ArrayList<>();
        for (TableSnapshot table : tables) {
            Members members = new Members();
            List<Relation> owned = relationsByOwner.getOrDefault(table.name(), List.of());
            reserveLockedNames(table, owned, overrides, lock, relationNamer, members);
            List<PropertyModel> properties = ColumnNamer.assign(table, overrides.table(table.name()), lock,
                    relationNamer.relationNamedColumns(table), members, diagnostics);
            List<RelationProperty> relations = relationNamer.assign(table, owned, lock, members, diagnostics);
            TableClassification classification = classifications.get(table.name());
            if (classification == null) {
                throw new IllegalArgumentException("Inference has no classification of table " + table.name());
            }
            String className = classes.get(table.name()).className();
            entities.add(new EntityModel(table, classification, className, generationGap ? className + ClassNamer.BASE_SUFFIX : null,
                    properties, relations));
        }
        EnumNamer.Result enums = EnumNamer.assign(entities, generationGap, diagnostics);
        entities = new ArrayList<>(enums.entities());
        entities.sort(Comparator.comparing(EntityModel::className).thenComparing(e -> e.table().name()));
        return new NamedModel(packageName, entities, diagnostics, enums.enums());
    }

    /**
     * Reserves every locked column and relation name of {@code table} before any is named, so that
     * a new column or relation never takes a name that an old one keeps; names an override wants
     * are left to the override.
     */
    private static void reserveLockedNames(TableSnapshot table, List<Relation> relations, Overrides overrides, NameLock lock,
                                           RelationNamer relationNamer, Members members) {
        if (lock.isEmpty()) {
            return;
        }
        java.util.Set<String> wanted = new java.util.TreeSet<>();
        overrides.table(table.name()).ifPresent(t -> t.columns().forEach(c -> {
            if (c.fieldName() != null) {
                wanted.add(c.fieldName());
            }
        }));
        relations.forEach(r -> relationNamer.overriddenName(r).ifPresent(wanted::add));
        for (var column : table.columns().stream().sorted(Comparator.comparingInt(c -> c.ordinal())).toList()) {
            String locked = lock.field(table.name(), column.name());
            if (locked != null && !wanted.contains(locked)) {
                members.reserve(locked, "column " + column.name());
            }
        }
        for (Relation r : relations) {
            String locked = lock.field(r);
            if (locked != null && !wanted.contains(locked)) {
                members.reserve(locked, RelationNamer.describe(r));
            }
        }
    }

    private static void checkRelationOverrides(Map<String, TableSnapshot> tables, InferenceResult inference, Overrides overrides,
            List<Diagnostic> diagnostics) {
        List<RelationOverride> sorted = overrides.relations().stream()
                .sorted(Comparator.comparing(RelationOverride::table).thenComparing(RelationOverride::foreignKey))
                .toList();
        for (RelationOverride o : sorted) {
            String subject = "override of relation " + o.table() + " " + o.foreignKey();
            TableSnapshot table = tables.get(o.table());
            if (table == null) {
                diagnostics.add(Diagnostic.warning(subject, "names table " + o.table()
                        + ", which is not in the snapshot, so it is ignored. Check the table name and the table filters."));
                continue;
            }
            List<ForeignKeySnapshot> fks = table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeySnapshot::name)).toList();
            ForeignKeySnapshot fk = fks.stream().filter(f -> RelationNamer.matches(o, f)).findFirst().orElse(null);
            if (fk == null && (o.inferred() != null || o.references() != null)) {
                continue; // a suggestion rejected or not made, or a <references> refused: the suggest stage said why
            }
            if (fk == null) {
                List<String> known = fks.stream().map(f -> f.name() + " (" + String.join(",", f.columns()) + ")").toList();
                diagnostics.add(Diagnostic.error(subject, "table " + o.table() + " has no foreign key " + o.foreignKey()
                        + "; give a constraint name or its columns joined with \",\": "
                        + (known.isEmpty() ? "it has none" : String.join(", ", known)) + "."));
                continue;
            }
            boolean junctionSide = inference.relations().stream().anyMatch(r -> r.kind() == RelationKind.BELONGS_TO_MANY
                    && o.table().equals(r.pivotTable()) && r.foreignKeyName().equals(fk.name()));
            if (o.manyToManyName() != null && !junctionSide) {
                diagnostics.add(Diagnostic.warning(subject, "sets manyToManyName " + o.manyToManyName() + " but " + o.table()
                        + " is not a junction, so it is ignored. Force the junction with a table override, or remove manyToManyName."));
            }
        }
    }
}
