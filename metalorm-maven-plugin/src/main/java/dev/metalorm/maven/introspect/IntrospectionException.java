package dev.metalorm.maven.introspect;

/** The catalog could not be read, or the schema asked for does not exist; the message says what to do. */
public final class IntrospectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IntrospectionException(String message) {
        super(message);
    }

    public IntrospectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
