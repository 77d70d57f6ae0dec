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
 * @param enumClassName the simple name of the generated enum (same package) the field has as its type, or null
 */
public record PropertyModel(
        ColumnSnapshot column,
        String fieldName,
        String getterName,
        String setterName,
        boolean id,
        boolean generatedId,
        String javaTypeOverride,
        String enumClassName) {

    public PropertyModel {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(getterName, "getterName");
        Objects.requireNonNull(setterName, "setterName");
    }

    /** A field of no generated enum type. */
    public PropertyModel(ColumnSnapshot column, String fieldName, String getterName, String setterName, boolean id,
                         boolean generatedId, String javaTypeOverride) {
        this(column, fieldName, getterName, setterName, id, generatedId, javaTypeOverride, null);
    }

    /** The same field typed with the generated enum {@code className}. */
    public PropertyModel withEnumClassName(String className) {
        return new PropertyModel(column, fieldName, getterName, setterName, id, generatedId, javaTypeOverride, className);
    }
}
