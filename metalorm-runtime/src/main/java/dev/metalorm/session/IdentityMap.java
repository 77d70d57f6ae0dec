package dev.metalorm.session;

import dev.metalorm.metadata.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows by table and primary key, a map per table keyed by the key's {@link KeyValues} alone: a key
 * object per tracked row with the table's name beside it was one object of a row's bookkeeping more.
 */
final class IdentityMap {
    private final Map<String, Map<KeyValues, EntityEntry>> byTable = new HashMap<>();

    EntityEntry get(TableModel table, List<Object> key) {
        Map<KeyValues, EntityEntry> rows = byTable.get(table.name());
        return rows == null ? null : rows.get(KeyValues.of(key));
    }

    void put(TableModel table, KeyValues key, EntityEntry entry) {
        byTable.computeIfAbsent(table.name(), t -> new HashMap<>()).put(key, entry);
    }

    void remove(TableModel table, KeyValues key) {
        Map<KeyValues, EntityEntry> rows = byTable.get(table.name());
        if (rows != null) {
            rows.remove(key);
        }
    }

    void clear() {
        byTable.clear();
    }
}
