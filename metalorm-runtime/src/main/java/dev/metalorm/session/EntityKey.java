package dev.metalorm.session;

import java.util.List;

/** Identity of a row in a session: the table and its primary-key values. */
record EntityKey(String table, List<Object> values) {
    EntityKey {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
