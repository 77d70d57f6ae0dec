package dev.metalorm.maven.infer;

import dev.metalorm.maven.config.JunctionChoice;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.ForeignKeyElsewhere;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The infer stage: classifies every table and infers every relation, each with the {@link Reason}
 * (rule id and facts) that produced it. A pure function: same snapshot and overrides, same result,
 * whatever the order of the input lists.
 *
 * <p>Rules, by id:
 * <ul>
 *   <li>{@code belongs-to} ({@link BelongsToRule}): every foreign key to a table in the snapshot
 *       gives its table a belongsTo;</li>
 *   <li>{@code has-one-primary-key}, {@code has-one-unique-fk}, {@code has-many}
 *       ({@link HasOneOrManyRule}): and its referenced table the inverse, hasOne when the FK columns
 *       are exactly the child's primary key or a unique key, else hasMany;</li>
 *   <li>{@code junction}, {@code not-junction}, {@code override} ({@link JunctionRule}): table
 *       classification;</li>
 *   <li>{@code belongs-to-many} ({@link BelongsToManyRule}): a junction's two referenced tables get
 *       a belongsToMany each (two for a self-referencing junction).</li>
 * </ul>
 *
 * <p>Diagnostics: a table without a primary key is a warning (its entity is generated read-only);
 * a foreign key declared twice ({@code fk_a} and {@code fk_b} on the same columns and target) gives one
 * relation, from the first by name, and a warning naming both;
 * a foreign key to a table that is not in the snapshot (filtered out) gives no relation and a
 * warning, its columns stay plain fields; an override naming a table that is not in the snapshot is
 * a warning; a junction FORCE override that cannot apply is an error.
 */
public final class RelationInferrer {
    static final Comparator<Relation> RELATION_ORDER = Comparator.comparing(Relation::table).thenComparing(Relation::key);

    private RelationInferrer() {
    }

    /** The foreign keys relations come from: sorted by name, a key declared twice only once (the first by name). */
    public static List<ForeignKeySnapshot> distinctForeignKeys(TableSnapshot table) {
        return KeyFacts.sortedForeignKeys(table);
    }

    public static InferenceResult infer(SchemaSnapshot snapshot, Overrides overrides) {
        List<TableSnapshot> tables = snapshot.tables().stream().sorted(Comparator.comparing(TableSnapshot::name)).toList();
        Set<String> names = new TreeSet<>();
        tables.forEach(t -> names.add(t.name()));

        List<Diagnostic> diagnostics = new ArrayList<>();
        overrides.tables().stream()
                .map(TableOverride::table)
                .filter(t -> !names.contains(t))
                .sorted()
                .forEach(t -> diagnostics.add(Diagnostic.warning("override of table " + t,
                        "names a table that is not in the snapshot, so it is ignored. Check the table name and the table filters.")));

        // one warning per key, not per partition or column: the key is the unit the user declared (issue 16 item 14)
        String other = snapshot.product().equals("MySQL") || snapshot.product().equals("MariaDB") ? "database" : "schema";
        for (ForeignKeyElsewhere fk : snapshot.foreignKeysElsewhere()) {
            diagnostics.add(Diagnostic.warning("foreign key " + fk.table() + "." + fk.name(),
                    fk.describe() + " refers to a table in another " + other + " than " + snapshot.schema()
                            + ": no relation is generated and " + KeyFacts.columns(fk.columns())
                            + " stay plain fields. A run reads one " + other + "; reverse " + fk.referencedSchema()
                            + " too to get its entities."));
        }

        List<TableClassification> classifications = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (TableSnapshot table : tables) {
            if (table.primaryKey() == null && table.identityUniqueKey().isPresent()) {
                UniqueKeySnapshot key = table.identityUniqueKey().get();
                diagnostics.add(Diagnostic.info("table " + table.name(), "has no primary key: its unique key " + key.name() + " ("
                        + String.join(", ", key.columns()) + ", NOT NULL) identifies its rows, so those columns are the entity's @Id."));
            } else if (table.primaryKey() == null) {
                diagnostics.add(table.kind() == TableKind.VIEW
                        ? Diagnostic.info("view " + table.name(), "has no primary key: its entity is generated read-only.")
                        : Diagnostic.warning("table " + table.name(),
                                "has no primary key: its entity is generated read-only (no @Id; rows cannot be found by id, updated or deleted). Add a primary key (or a unique key of NOT NULL columns) to the table."));
            }
            JunctionChoice choice = overrides.table(table.name()).map(TableOverride::junction).orElse(JunctionChoice.INFER);
            JunctionRule.Outcome outcome = JunctionRule.classify(table, names::contains, choice);
            classifications.add(outcome.classification());
            diagnostics.addAll(outcome.diagnostics());

            List<ForeignKeySnapshot> distinct = KeyFacts.sortedForeignKeys(table);
            for (ForeignKeySnapshot fk : KeyFacts.allSortedForeignKeys(table)) {
                if (!distinct.contains(fk)) {
                    ForeignKeySnapshot kept = KeyFacts.duplicateOf(distinct, fk);
                    diagnostics.add(Diagnostic.warning("foreign key " + table.name() + "." + fk.name(),
                            "repeats " + kept.name() + " (same columns " + KeyFacts.columns(fk.columns()) + " -> " + fk.referencedTable()
                                    + "): one relation is generated, from " + kept.name() + ". Drop the redundant constraint."));
                }
            }
            for (ForeignKeySnapshot fk : distinct) {
                if (!names.contains(fk.referencedTable())) {
                    diagnostics.add(Diagnostic.warning("foreign key " + table.name() + "." + fk.name(),
                            "refers to table " + fk.referencedTable() + ", which is not in the snapshot (left out by the table filters): "
                                    + "no relation is generated and " + KeyFacts.columns(fk.columns())
                                    + " stay plain fields. Include " + fk.referencedTable() + " to get the relation."));
                    continue;
                }
                relations.add(BelongsToRule.apply(table, fk));
                relations.add(HasOneOrManyRule.apply(table, fk));
            }
            if (outcome.junction()) {
                relations.addAll(BelongsToManyRule.apply(table, outcome.pair(), choice == JunctionChoice.FORCE));
            }
        }
        relations.sort(RELATION_ORDER);
        return new InferenceResult(classifications, relations, diagnostics);
    }
}
