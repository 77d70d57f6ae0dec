package dev.metalorm.session;

import java.util.List;

/** Identity of a row in a session: the table and its primary-key values, compared as {@link KeyValues} (byte[] by content). */
record EntityKey(String table, List<Object> values) {
    EntityKey {
        values = KeyValues.of(values);
    }
}
