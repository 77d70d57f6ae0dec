package dev.metalorm.maven.infer;

import dev.metalorm.maven.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What infer found: one classification per table (sorted by table), every relation (sorted by owner
 * table, then {@link Relation#key()}), and what the user should know.
 */
public record InferenceResult(List<TableClassification> tables, List<Relation> relations, List<Diagnostic> diagnostics) {
    public InferenceResult {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        relations = List.copyOf(Objects.requireNonNull(relations, "relations"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }
}
