package dev.metalorm.maven.pipeline;

/** The database could not be reached or refused the login; one line, with a hint, never the password. */
public final class ConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
