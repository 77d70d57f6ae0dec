package dev.metalorm;

/**
 * A {@link Session} was called by one thread while another thread was inside a call on it. A
 * session is not thread-safe: its identity map and pending changes would be corrupted (rows lost
 * without an error), so the second call is refused before it touches anything. The session stays
 * usable by the thread that holds it. Use one session per thread (or per request); a session may
 * be handed to another thread between calls.
 */
public final class ConcurrentSessionException extends MetalOrmException {
    private static final long serialVersionUID = 1L;
    private final String holder;
    private final String caller;

    public ConcurrentSessionException(String holder, String caller) {
        super("Session used by thread \"" + caller + "\" while thread \"" + holder + "\" is inside a call on it: a Session "
                + "is not thread-safe. Open one session per thread (or per request) from the shared MetalOrm; a session may be "
                + "handed to another thread only between calls, never used by two at once.");
        this.holder = holder;
        this.caller = caller;
    }

    /** The name of the thread that was inside a call on the session. */
    public String holder() {
        return holder;
    }

    /** The name of the thread whose call was refused. */
    public String caller() {
        return caller;
    }
}
