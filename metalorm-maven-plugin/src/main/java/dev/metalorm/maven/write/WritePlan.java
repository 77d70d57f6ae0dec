package dev.metalorm.maven.write;

import java.util.List;
import java.util.Objects;

/**
 * What writing would do, decided before anything is written.
 *
 * @param result the outcome if applied
 * @param conflicts files that stop the write; empty when it may go ahead
 */
public record WritePlan(WriteResult result, List<Conflict> conflicts) {
    public WritePlan {
        Objects.requireNonNull(result, "result");
        conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
    }

    /** Why a file cannot be written or removed. */
    public enum ConflictKind {
        /** The file has no metalorm header: never overwritten, even with force. */
        FOREIGN,
        /** A generated file edited by hand: overwritten only with force. */
        EDITED,
        /** A generated file of a table that is gone, edited by hand: removed only with force. */
        EDITED_STALE,
        /** The user class (generation gap) of a table that is gone, changed since it was created: never removed. */
        CHANGED_USER_CLASS,
        /** A file without our header where the user class (generation gap) goes, not extending the generated base: never overwritten. */
        NOT_A_USER_CLASS
    }

    /**
     * @param path relative to the output directory
     * @param kind why
     */
    public record Conflict(String path, ConflictKind kind) {
        public Conflict {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
