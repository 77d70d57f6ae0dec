package dev.metalorm.maven.pipeline;

/** Another run holds the project's run lock for longer than this one waits; nothing was changed. */
public final class RunLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunLockException(String message) {
        super(message);
    }
}
