package dev.metalorm.maven.infer;

import dev.metalorm.maven.config.JunctionChoice;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Classifies a table as a many-to-many junction or not.
 *
 * <p>Rule {@value #JUNCTION}: the table has exactly two foreign keys (they may refer to the same
 * table), both referenced tables are in the snapshot, and the union of their columns is, as a set,
 * exactly the primary key or a unique constraint/index. Other columns are payload
 * ({@code assigned_at}) and stay on the pivot entity; the junction stays an entity either way.
 * Anything else is {@value #NOT_JUNCTION}, with the fact that failed. An {@code orders(id, user_id,
 * product_id, quantity)} with key (id) is not a junction.
 *
 * <p>Rule {@value #OVERRIDE}: {@link JunctionChoice#FORCE} makes a table with exactly two usable
 * foreign keys a junction even without such a key (any other table is an error);
 * {@link JunctionChoice#DENY} makes it a plain entity.
 */
final class JunctionRule {
    static final String JUNCTION = "junction";
    static final String NOT_JUNCTION = "not-junction";
    static final String OVERRIDE = "override";

    /**
     * @param classification the classification
     * @param pair the two foreign keys (sorted by name) when the table is a junction, else empty
     * @param diagnostics an error when a FORCE override cannot apply
     */
    record Outcome(TableClassification classification, List<ForeignKeySnapshot> pair, List<Diagnostic> diagnostics) {
        Outcome {
            Objects.requireNonNull(classification, "classification");
            pair = List.copyOf(pair);
            diagnostics = List.copyOf(diagnostics);
        }

        boolean junction() {
            return classification.junction();
        }
    }

    /** Names of columns that order or date a link rather than describe it: payload a junction may carry. */
    private static final Set<String> ORDERING = Set.of("position", "sort_order", "sort", "ordering", "ord", "seq", "sequence",
            "rank", "weight", "priority");

    private JunctionRule() {
    }

    /**
     * Whether every column but the two keys' is the table's single-column generated primary key, a date or
     * time, or an ordering column ({@code position}, {@code sort_order}...): then the table only links rows.
     */
    private static boolean covers(TableSnapshot table, List<String> rest) {
        for (String name : rest) {
            ColumnSnapshot c = table.column(name).orElseThrow();
            boolean surrogate = table.primaryKey().columns().equals(List.of(name)) && c.autoIncrement();
            boolean temporal = switch (c.jdbcType()) {
                case java.sql.Types.DATE, java.sql.Types.TIME, java.sql.Types.TIMESTAMP, java.sql.Types.TIME_WITH_TIMEZONE,
                     java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> true;
                default -> false;
            };
            if (!surrogate && !temporal && !ORDERING.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static Outcome classify(TableSnapshot table, Predicate<String> inSnapshot, JunctionChoice choice) {
        List<ForeignKeySnapshot> fks = KeyFacts.sortedForeignKeys(table);
        List<ForeignKeySnapshot> missing = fks.stream().filter(fk -> !inSnapshot.test(fk.referencedTable())).toList();
        boolean twoUsable = fks.size() == 2 && missing.isEmpty();
        boolean matches = false;
        String facts;
        if (fks.size() != 2) {
            facts = fks.size() + " foreign key" + (fks.size() == 1 ? "" : "s") + ", a junction has exactly two";
        } else {
            Set<String> union = new LinkedHashSet<>(fks.get(0).columns());
            union.addAll(fks.get(1).columns());
            Optional<String> key = KeyFacts.keyEqualTo(table, union);
            String two = "two FKs " + KeyFacts.describeWithTarget(fks.get(0)) + " and " + KeyFacts.describeWithTarget(fks.get(1));
            List<String> rest = table.columns().stream().map(ColumnSnapshot::name).filter(c -> !union.contains(c)).toList();
            boolean undeclared = fks.stream().anyMatch(fk -> !fk.declared());
            if (key.isEmpty() && undeclared && missing.isEmpty() && table.primaryKey() != null && covers(table, rest)) {
                matches = true;
                facts = two + "; their columns " + KeyFacts.columns(List.copyOf(union)) + " are no key, but besides them "
                        + table.name() + " has only its surrogate key and payload " + KeyFacts.columns(rest)
                        + " (coverage, for keys the database does not declare)";
            } else if (key.isEmpty()) {
                facts = two + "; their columns " + KeyFacts.columns(List.copyOf(union))
                        + " are neither the primary key nor a unique key";
            } else if (!missing.isEmpty()) {
                facts = two + " but " + missing.get(0).referencedTable() + " is not in the snapshot";
            } else {
                matches = true;
                List<String> payload = table.columns().stream()
                        .map(ColumnSnapshot::name)
                        .filter(c -> !union.contains(c))
                        .toList();
                facts = two + "; their columns " + KeyFacts.columns(List.copyOf(union)) + " equal " + key.get()
                        + (payload.isEmpty() ? "; no payload" : "; payload " + KeyFacts.columns(payload));
            }
        }

        List<Diagnostic> diagnostics = new ArrayList<>();
        TableClassification classification;
        switch (choice) {
            case INFER -> classification = new TableClassification(table.name(), matches, new Reason(matches ? JUNCTION : NOT_JUNCTION, facts));
            case DENY -> classification = new TableClassification(table.name(), false,
                    new Reason(OVERRIDE, "junction DENY override; the rule found " + facts));
            case FORCE -> {
                if (twoUsable) {
                    classification = new TableClassification(table.name(), true,
                            new Reason(OVERRIDE, "junction FORCE override; the rule found " + facts));
                } else {
                    classification = new TableClassification(table.name(), false,
                            new Reason(NOT_JUNCTION, facts + "; the junction FORCE override cannot apply"));
                    String why = fks.size() != 2
                            ? "has " + fks.size() + " foreign key" + (fks.size() == 1 ? "" : "s")
                            : "refers to " + missing.get(0).referencedTable() + ", which is not in the snapshot";
                    diagnostics.add(Diagnostic.error("table " + table.name(),
                            "is forced to be a junction by its override but " + why
                                    + "; a junction needs exactly two foreign keys to tables in the snapshot. "
                                    + "Remove the junction FORCE override of " + table.name() + "."));
                }
            }
            default -> throw new IllegalStateException("Unknown junction choice " + choice);
        }
        return new Outcome(classification, classification.junction() ? fks : List.of(), diagnostics);
    }
}
