package dev.metalorm;

import java.util.List;

/**
 * The database does not have a table or column the model maps, found by the schema check of
 * {@link MetalOrm.Builder#build()}. The message names every mismatch at once; {@link #mismatches()}
 * lists them one per entry.
 */
public final class SchemaMismatchException extends MetalOrmException {
    private static final long serialVersionUID = 1L;
    private final List<String> mismatches;

    public SchemaMismatchException(String message, List<String> mismatches) {
        super(message);
        this.mismatches = List.copyOf(mismatches);
    }

    /** Each mismatch, as one sentence. */
    public List<String> mismatches() {
        return mismatches;
    }
}
