package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.report.SchemaDrift;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.write.WritePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code metalorm:check} found: what {@code reverse} would do, without doing it.
 *
 * @param snapshot what was read
 * @param diagnostics every stage's diagnostics
 * @param drift the schema drift since the lock file, or null when there is no lock file
 * @param plan what the writer would write, remove, or refuse
 * @param lockFileName the lock file's name, or null when no lock file is configured
 * @param lockStale whether the lock file is missing or would change
 */
public record CheckResult(
        SchemaSnapshot snapshot,
        List<Diagnostic> diagnostics,
        SchemaDrift drift,
        WritePlan plan,
        String lockFileName,
        boolean lockStale) {

    public CheckResult {
        Objects.requireNonNull(snapshot, "snapshot");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        Objects.requireNonNull(plan, "plan");
    }

    /** Whether the sources (and lock file) on disk are what {@code reverse} would write. */
    public boolean upToDate() {
        return plan.result().written() == 0 && plan.result().removed().isEmpty() && plan.conflicts().isEmpty() && !lockStale;
    }

    /**
     * The failure message, e.g. {@code Entities are stale for schema shop (MariaDB 10.11.14). Schema drift: + table tags; - table
     * legacy_notes; users: + column nickname. Files: + com/acme/model/Tag.java, ~ com/acme/model/UserBase.java,
     * - com/acme/model/LegacyNoteBase.java; metalorm.lock is out of date. Run mvn metalorm:reverse to update the entities.}
     */
    public String message() {
        StringBuilder sb = new StringBuilder("Entities are stale for schema ").append(snapshot.schema()).append(" (")
                .append(snapshot.product()).append(' ').append(snapshot.productVersion()).append("). ");
        if (drift == null) {
            sb.append("No ").append(lockFileName == null ? "lock file" : lockFileName).append(" to compare the schema with. ");
        } else if (!drift.isEmpty()) {
            sb.append("Schema drift: ").append(drift.summary()).append(". ");
        }
        List<String> files = new ArrayList<>();
        plan.result().created().forEach(f -> files.add("+ " + f));
        plan.result().updated().forEach(f -> files.add("~ " + f));
        plan.result().removed().forEach(f -> files.add("- " + f));
        if (!files.isEmpty()) {
            sb.append("Files: ").append(String.join(", ", files)).append(". ");
        }
        List<String> edited = plan.conflicts().stream().map(c -> c.path() + switch (c.kind()) {
            case FOREIGN -> " (no metalorm header)";
            case EDITED, EDITED_STALE -> " (generated, edited by hand)";
            case CHANGED_USER_CLASS -> " (your class of a dropped table: delete it)";
            case NOT_A_USER_CLASS -> " (no metalorm header, does not extend its generated base class)";
        }).toList();
        if (!edited.isEmpty()) {
            sb.append("Edited by hand: ").append(String.join(", ", edited)).append(". ");
        }
        if (lockStale && lockFileName != null && drift != null) {
            sb.append(lockFileName).append(" is out of date. ");
        }
        return sb.append("Run mvn metalorm:reverse to update the entities.").toString();
    }
}
