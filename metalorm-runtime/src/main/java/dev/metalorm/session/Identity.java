package dev.metalorm.session;

import java.util.Iterator;
import java.util.List;

/** List operations by identity: entities may override equals, the session goes by instance. */
final class Identity {
    private Identity() {
    }

    static boolean contains(List<?> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    static boolean remove(List<?> list, Object o) {
        for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
            if (it.next() == o) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
