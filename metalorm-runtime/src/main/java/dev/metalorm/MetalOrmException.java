package dev.metalorm;

/** The base of every exception the runtime throws; unchecked. */
public class MetalOrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MetalOrmException(String message) {
        super(message);
    }

    public MetalOrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
