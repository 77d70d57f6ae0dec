package dev.metalorm.metadata;

import java.util.Objects;

/**
 * One mapped column.
 *
 * @param index position in {@link TableModel#columns()}, also the accessor's slot
 * @param name the column's name as the database spells it
 * @param property the Java field name (annotations) or the column name (defineTable)
 * @param type how values are bound and read
 * @param javaType the field's (boxed) Java type
 * @param nullable whether NULL is allowed
 * @param generated whether the database generates the value (auto-increment, serial, identity)
 * @param unique whether the column is declared unique
 * @param hasDefault whether the database has a default: an INSERT leaves the column out while null and reads it back
 * @param readOnly whether the database computes the value: never written, read back
 * @param version whether this is the optimistic-locking column
 * @param sqlType the database's type name when declared ({@code inet}, {@code mood}), else empty
 * @param refreshedOnUpdate whether the database sets the value on every UPDATE: read back after one
 * @param shadow whether no field holds the column: a foreign key mapped only by its relation (a
 *        {@code belongsTo} without a field for its column), whose value the session keeps itself
 */
public record ColumnModel(int index, String name, String property, ColumnType type, Class<?> javaType,
                          boolean nullable, boolean generated, boolean unique, boolean hasDefault, boolean readOnly,
                          boolean version, String sqlType, boolean refreshedOnUpdate, boolean shadow) {
    public ColumnModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(sqlType, "sqlType");
    }

    /** A column held by a field. */
    public ColumnModel(int index, String name, String property, ColumnType type, Class<?> javaType, boolean nullable,
                       boolean generated, boolean unique, boolean hasDefault, boolean readOnly, boolean version, String sqlType) {
        this(index, name, property, type, javaType, nullable, generated, unique, hasDefault, readOnly, version, sqlType, false, false);
    }

    /**
     * Consistent with the record's equals (equal columns share index and name), but cheap: columns are keys of the
     * flush's per-row sets and statement shapes, where hashing all fourteen components per row showed in profiles.
     */
    @Override
    public int hashCode() {
        return 31 * index + name.hashCode();
    }
}
