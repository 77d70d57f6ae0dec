package dev.metalorm;

/**
 * A relation was read before it was loaded. Relations never load behind the caller's back: call
 * {@code load()} on the wrapper (batched for every entity of the same type in the session) or
 * name the relation in the query's {@code include(…)}.
 */
public final class RelationNotLoadedException extends MetalOrmException {
    private static final long serialVersionUID = 1L;

    public RelationNotLoadedException(String message) {
        super(message);
    }
}
