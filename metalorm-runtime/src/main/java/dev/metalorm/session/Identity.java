package dev.metalorm.session;

import java.util.List;

/** List operations by identity: entities may override equals, the session goes by instance. */
final class Identity {
    private Identity() {
    }

    static boolean contains(List<?> list, Object o) {
        if (list instanceof IdentityItems items) {
            return items.containsInstance(o);
        }
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /** By index, not through an iterator: snapshot iterators cannot remove. */
    static boolean remove(List<?> list, Object o) {
        if (list instanceof IdentityItems items) {
            return items.removeInstance(o);
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == o) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }
}
