package dev.metalorm.maven.snapshot;

import java.util.Objects;

/**
 * One column.
 *
 * @param name the column's name exactly as the database spells it
 * @param ordinal 1-based position in the table
 * @param jdbcType a {@link java.sql.Types} constant
 * @param nativeType the database's own type name, lower-case, without size ("varchar", "int4", "tinyint", "timestamptz")
 * @param size character length or numeric precision; 0 when not applicable
 * @param scale numeric scale; 0 when not applicable
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression as the database reports it, or null when there is none
 * @param autoIncrement whether the database generates the value (auto_increment, serial, identity)
 * @param comment the column's comment, empty when it has none
 * @param generation whether the database computes the value and refuses one from the application
 * @param enumType the values of a PostgreSQL enum type or a MySQL/MariaDB ENUM column, null for any other column
 *        (and for what the SchemaCrawler reader reads: it does not read enum values)
 * @param refreshedOnUpdate whether the database sets the column on every UPDATE (MySQL/MariaDB's {@code ON UPDATE
 *        CURRENT_TIMESTAMP}); false where the reader cannot tell (SchemaCrawler, triggers)
 */
public record ColumnSnapshot(
        String name,
        int ordinal,
        int jdbcType,
        String nativeType,
        int size,
        int scale,
        boolean nullable,
        String defaultValue,
        boolean autoIncrement,
        String comment,
        Generation generation,
        EnumSnapshot enumType,
        boolean refreshedOnUpdate) {

    public ColumnSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nativeType, "nativeType");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(generation, "generation");
    }

    /** A column the database does not set on UPDATE. */
    public ColumnSnapshot(String name, int ordinal, int jdbcType, String nativeType, int size, int scale, boolean nullable,
                          String defaultValue, boolean autoIncrement, String comment, Generation generation, EnumSnapshot enumType) {
        this(name, ordinal, jdbcType, nativeType, size, scale, nullable, defaultValue, autoIncrement, comment, generation, enumType,
                false);
    }

    /** A column of no enum type. */
    public ColumnSnapshot(String name, int ordinal, int jdbcType, String nativeType, int size, int scale, boolean nullable,
                          String defaultValue, boolean autoIncrement, String comment, Generation generation) {
        this(name, ordinal, jdbcType, nativeType, size, scale, nullable, defaultValue, autoIncrement, comment, generation, null);
    }

    /** The same column with other enum values (null: none). */
    public ColumnSnapshot withEnumType(EnumSnapshot values) {
        return new ColumnSnapshot(name, ordinal, jdbcType, nativeType, size, scale, nullable, defaultValue, autoIncrement, comment,
                generation, values, refreshedOnUpdate);
    }

    /** A column the application writes ({@link Generation#NONE}). */
    public ColumnSnapshot(String name, int ordinal, int jdbcType, String nativeType, int size, int scale, boolean nullable,
                          String defaultValue, boolean autoIncrement, String comment) {
        this(name, ordinal, jdbcType, nativeType, size, scale, nullable, defaultValue, autoIncrement, comment, Generation.NONE);
    }

    /**
     * Whether the database fills the column in when an INSERT leaves it out, and takes a value when one is given:
     * a DEFAULT of any kind, or an auto-increment column (sequence, auto_increment, identity BY DEFAULT).
     */
    public boolean hasDefault() {
        return generation.writable() && (defaultValue != null || autoIncrement);
    }
}
