package dev.metalorm;

/**
 * The model declared by annotations or {@code defineTable} is invalid. The message names the class
 * and field (or the table and relation), what is wrong, and what to do.
 */
public final class MetadataException extends MetalOrmException {
    private static final long serialVersionUID = 1L;

    public MetadataException(String message) {
        super(message);
    }
}
