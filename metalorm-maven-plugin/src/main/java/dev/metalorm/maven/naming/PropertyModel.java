package dev.metalorm.maven.naming;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import java.util.Objects;

/**
 * A column's field.
 *
 * @param column the column
 * @param fieldName the field's name, a valid Java identifier unique in the class
 * @param getterName e.g. "getCreatedAt" ("isActive" is not used: always "get")
 * @param setterName e.g. "setCreatedAt"
 * @param id whether the column is part of the primary key
 * @param generatedId whether it is a database-generated key
 * @param javaTypeOverride fully-qualified Java type from the configuration, or null for the default mapping
 */
public record PropertyModel(
        ColumnSnapshot column,
        String fieldName,
        String getterName,
        String setterName,
        boolean id,
        boolean generatedId,
        String javaTypeOverride) {

    public PropertyModel {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(getterName, "getterName");
        Objects.requireNonNull(setterName, "setterName");
    }
}
