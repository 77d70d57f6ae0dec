package dev.metalorm.maven.suggest;

import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.naming.NameLock.InferredKeyLock;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every suggestion of a run, accepted or not, sorted by table, columns and target.
 *
 * @param all the suggestions
 * @param diagnostics problems with the pom's {@code <relation>}s that add, accept or reject relations
 * @param options the options they were made with
 * @param previous the inferred keys of the lock they were made with
 */
public record Suggestions(List<Suggestion> all, List<Diagnostic> diagnostics, SuggestionOptions options, List<InferredKeyLock> previous) {
    /** No suggestion at all (inference off, no pom additions). */
    public static final Suggestions NONE = new Suggestions(List.of(), List.of(), SuggestionOptions.OFF, List.of());

    public Suggestions {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        Objects.requireNonNull(options, "options");
        previous = List.copyOf(Objects.requireNonNull(previous, "previous"));
    }

    public List<Suggestion> accepted() {
        return all.stream().filter(Suggestion::accepted).toList();
    }

    /** The snapshot with every accepted suggestion as a foreign key the database does not declare. */
    public SchemaSnapshot apply(SchemaSnapshot snapshot) {
        if (accepted().isEmpty()) {
            return snapshot;
        }
        List<TableSnapshot> tables = new ArrayList<>();
        for (TableSnapshot t : snapshot.tables()) {
            List<ForeignKeySnapshot> keys = new ArrayList<>(t.foreignKeys());
            accepted().stream().filter(s -> s.table().equals(t.name()))
                    .forEach(s -> keys.add(ForeignKeySnapshot.undeclared(s.columns(), s.targetTable(), s.targetColumns())));
            tables.add(keys.size() == t.foreignKeys().size() ? t : t.withForeignKeys(keys));
        }
        return snapshot.withTables(tables);
    }

    /**
     * The accepted suggestions that {@code metalorm.lock} records: the rules' (the pom's stay in the pom), each
     * with the confidence it was first accepted with, so that the file changes only when a relation does.
     */
    public List<InferredKeyLock> locks() {
        return accepted().stream()
                .filter(s -> s.verdict() != Suggestion.Verdict.ADDED_BY_POM)
                .map(s -> {
                    InferredKeyLock now = new InferredKeyLock(s.table(), s.columns(), s.targetTable(), s.targetColumns(),
                            SuggestionOptions.format(s.confidence()));
                    return previous.stream().filter(p -> p.key().equals(now.key())).findFirst().orElse(now);
                })
                .toList();
    }

    /** The suggestion behind a key the database does not declare, if any. */
    public java.util.Optional<Suggestion> of(String table, List<String> columns) {
        return accepted().stream().filter(s -> s.table().equals(table) && s.columns().equals(columns)).findFirst();
    }

    /**
     * The one line a run logs when it suggested anything, e.g. {@code Relations without foreign keys: 34 suggested,
     * 30 accepted (confidence >= 0.70), 4 rejected (2 below 0.70, 2 type mismatch); -Dmetalorm.explain lists them},
     * or null when there is nothing to say.
     */
    public String summary() {
        if (all.isEmpty()) {
            return options.suggesting() ? "Relations without foreign keys: none suggested (metalorm.inferRelations=naming)." : null;
        }
        long added = all.stream().filter(s -> s.verdict() == Suggestion.Verdict.ADDED_BY_POM).count();
        List<Suggestion> suggested = all.stream().filter(s -> s.verdict() != Suggestion.Verdict.ADDED_BY_POM).toList();
        long accepted = suggested.stream().filter(Suggestion::accepted).count();
        StringBuilder sb = new StringBuilder("Relations without foreign keys: ");
        if (options.suggesting()) {
            sb.append(suggested.size()).append(" suggested, ").append(accepted).append(" accepted (confidence >= ")
                    .append(SuggestionOptions.format(options.minConfidence()));
            long byOverride = suggested.stream().filter(s -> s.verdict() == Suggestion.Verdict.ACCEPTED_BY_OVERRIDE).count();
            long byLock = suggested.stream().filter(s -> s.verdict() == Suggestion.Verdict.KEPT_BY_LOCK).count();
            sb.append(byLock > 0 ? ", " + byLock + " kept by metalorm.lock" : "")
                    .append(byOverride > 0 ? ", " + byOverride + " accepted in the pom" : "").append("), ")
                    .append(suggested.size() - accepted).append(" rejected");
            List<String> reasons = new ArrayList<>();
            for (Suggestion.Verdict v : Suggestion.Verdict.values()) {
                long n = suggested.stream().filter(s -> s.verdict() == v).count();
                if (!v.accepted() && n > 0) {
                    reasons.add(n + " " + switch (v) {
                        case BELOW_CONFIDENCE -> "below " + SuggestionOptions.format(options.minConfidence());
                        case TYPE_MISMATCH -> "type mismatch";
                        case ORPHANS -> "with orphan values";
                        case VETOED -> "rejected in the pom";
                        case SUPERSEDED -> "superseded by metalorm.lock";
                        default -> v.name();
                    });
                }
            }
            if (!reasons.isEmpty()) {
                sb.append(" (").append(String.join(", ", reasons)).append(')');
            }
            if (added > 0) {
                sb.append("; ");
            }
        }
        if (added > 0) {
            sb.append(added).append(" declared in the pom");
        }
        return sb.append("; -Dmetalorm.explain lists them.").toString();
    }
}
