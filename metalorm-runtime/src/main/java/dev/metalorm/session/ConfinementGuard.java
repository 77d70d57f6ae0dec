package dev.metalorm.session;

import dev.metalorm.ConcurrentSessionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Refuses a call on a session while another thread is inside one. An "in use" marker set by
 * compare-and-set rather than a fixed owner thread: a session may move between threads between
 * calls (a request resumed on another thread, a virtual thread, work handed to an executor), and
 * the marker's atomic set and clear give each call a happens-before edge to the previous one, so
 * such a hand-over sees everything the last call did. What corrupts a session, two threads inside
 * it at once, is always refused, before the second call touches any state. Reentrant: the session's
 * own calls into itself (commit flushing, a wrapper loading) pass. Costs one volatile read, one
 * compare-and-set and one volatile write per outermost call.
 */
final class ConfinementGuard {
    private final AtomicReference<Thread> holder = new AtomicReference<>();
    /** How deep the holder is in nested calls; read and written by the holder only. */
    private int depth;

    void enter() {
        Thread me = Thread.currentThread();
        Thread current = holder.get();
        if (current == me) {
            depth++;
            return;
        }
        if (current == null && holder.compareAndSet(null, me)) {
            depth = 1;
            return;
        }
        Thread other = holder.get();
        throw new ConcurrentSessionException(other == null ? (current == null ? "another thread" : current.getName())
                : other.getName(), me.getName());
    }

    /** Run by the holder as its outermost call ends, before another thread may enter; null for nothing. */
    private Runnable atOutermostExit;

    void atOutermostExit(Runnable work) {
        this.atOutermostExit = work;
    }

    void exit() {
        if (depth == 1 && atOutermostExit != null) {
            try {
                atOutermostExit.run();
            } finally {
                depth = 0;
                holder.set(null);
            }
            return;
        }
        if (--depth == 0) {
            holder.set(null);
        }
    }
}
