package dev.metalorm.relation;

/**
 * A relation wrapper made on a new object, before any session knows it ({@code unattached()} on
 * each wrapper interface, called by a field initialiser or a lazy getter). It records what is done
 * to it; when its entity is persisted, the session hands it the live wrapper, into which it replays
 * those changes in order, and from then on it forwards every call there. Used by the session, not
 * by applications.
 */
public interface Unattached {
    /** Replays the pending changes into {@code live} (the session's wrapper of the same kind) and forwards to it from now on. */
    void attachTo(Object live);

    /** Whether the wrapper was attached: it forwards to the session's wrapper. */
    boolean attached();
}
