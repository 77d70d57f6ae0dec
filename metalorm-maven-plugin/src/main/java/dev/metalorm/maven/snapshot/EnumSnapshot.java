package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * The values a column may hold by its type: a PostgreSQL enum type (shared by every column of that type) or a
 * MySQL/MariaDB {@code ENUM(...)} column (its own list).
 *
 * @param schema the schema of a PostgreSQL enum type, null for a MySQL/MariaDB ENUM column
 * @param typeName the PostgreSQL enum type's name, null for a MySQL/MariaDB ENUM column
 * @param labels the labels in catalog order ({@code pg_enum.enumsortorder}, the order of the ENUM list), exactly as
 *        stored; may hold the empty string
 */
public record EnumSnapshot(String schema, String typeName, List<String> labels) {
    public EnumSnapshot {
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        if ((schema == null) != (typeName == null)) {
            throw new IllegalArgumentException("An enum type needs both schema and name, a column ENUM neither");
        }
    }

    /** A MySQL/MariaDB ENUM column's values. */
    public static EnumSnapshot ofColumn(List<String> labels) {
        return new EnumSnapshot(null, null, labels);
    }

    /** Whether this is a named database type (PostgreSQL), which many columns share. */
    public boolean namedType() {
        return typeName != null;
    }
}
