package dev.metalorm.maven.write;

import java.util.List;

/** Writing would overwrite or delete a file that is not ours or was edited by hand; nothing was written. */
public final class WriteConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<WritePlan.Conflict> conflicts;

    public WriteConflictException(String message, List<WritePlan.Conflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<WritePlan.Conflict> conflicts() {
        return conflicts;
    }
}
