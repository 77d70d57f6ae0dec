package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.report.ReverseReport;
import dev.metalorm.maven.report.SchemaDrift;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.suggest.Suggestions;
import dev.metalorm.maven.write.WriteResult;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run did.
 *
 * @param snapshot what was read
 * @param inference relations and classifications
 * @param diagnostics every stage's diagnostics, in stage order
 * @param files what was written, unchanged or removed
 * @param report the report (also written to the report file when one was configured)
 * @param elapsed wall-clock time of the run
 * @param drift what changed since the previous run (from the lock file), or null when there was no lock file
 * @param lockWritten whether the lock file was created or changed
 * @param suggestions relations the schema does not declare, suggested or added in the pom, accepted or not
 * @param introspection the part of {@code elapsed} spent reading the catalog (connecting included)
 */
public record ReverseResult(
        SchemaSnapshot snapshot,
        InferenceResult inference,
        List<Diagnostic> diagnostics,
        WriteResult files,
        ReverseReport report,
        Duration elapsed,
        SchemaDrift drift,
        boolean lockWritten,
        Suggestions suggestions,
        Duration introspection) {

    public ReverseResult {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(inference, "inference");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(introspection, "introspection");
    }

    /** A run whose reading time was not measured apart. */
    public ReverseResult(SchemaSnapshot snapshot, InferenceResult inference, List<Diagnostic> diagnostics, WriteResult files,
                         ReverseReport report, Duration elapsed, SchemaDrift drift, boolean lockWritten, Suggestions suggestions) {
        this(snapshot, inference, diagnostics, files, report, elapsed, drift, lockWritten, suggestions, Duration.ZERO);
    }

    /** A run without suggestions. */
    public ReverseResult(SchemaSnapshot snapshot, InferenceResult inference, List<Diagnostic> diagnostics, WriteResult files,
                         ReverseReport report, Duration elapsed, SchemaDrift drift, boolean lockWritten) {
        this(snapshot, inference, diagnostics, files, report, elapsed, drift, lockWritten, Suggestions.NONE);
    }

    /**
     * The line about relations the schema does not declare ({@link Suggestions#summary()}); when inference is
     * off and the schema declares no foreign key at all, a hint to turn it on; else null.
     */
    public String suggestionSummary() {
        String summary = suggestions.summary();
        if (summary != null || suggestions.options().suggesting() || snapshot.tables().size() < 2
                || snapshot.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty())) {
            return summary;
        }
        return "Schema " + snapshot.schema() + " declares no foreign key, so no relation was generated: set"
                + " metalorm.inferRelations=naming to suggest relations from column names (see README, \"Relations without foreign keys\").";
    }

    /** Relations per kind, every kind present (zero when none). */
    public Map<RelationKind, Integer> relationCounts() {
        Map<RelationKind, Integer> counts = new EnumMap<>(RelationKind.class);
        for (RelationKind kind : RelationKind.values()) {
            counts.put(kind, 0);
        }
        for (Relation r : inference.relations()) {
            counts.merge(r.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The one info line, e.g. {@code Read 5 tables from MariaDB 10.11.19 schema shop; inferred 4 belongsTo,
     * 3 hasMany, 1 hasOne, 2 belongsToMany; files: 2 written, 3 unchanged, 0 removed (412 ms)}.
     */
    public String summary() {
        Map<RelationKind, Integer> counts = relationCounts();
        int tables = snapshot.tables().size();
        return "Read " + tables + (tables == 1 ? " table" : " tables") + " from " + snapshot.product() + " " + snapshot.productVersion()
                + " schema " + snapshot.schema() + "; inferred "
                + counts.get(RelationKind.BELONGS_TO) + " belongsTo, " + counts.get(RelationKind.HAS_MANY) + " hasMany, "
                + counts.get(RelationKind.HAS_ONE) + " hasOne, " + counts.get(RelationKind.BELONGS_TO_MANY) + " belongsToMany; files: "
                + files.written() + " written, " + files.unchanged().size() + " unchanged, " + files.removed().size() + " removed"
                + " (" + elapsed.toMillis() + " ms)";
    }
}
