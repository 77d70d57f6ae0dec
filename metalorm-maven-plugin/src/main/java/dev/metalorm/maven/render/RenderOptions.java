package dev.metalorm.maven.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Choices of the pom that change what the entities say, beside what the schema says.
 *
 * @param schema the schema every {@code @Entity} names ({@code @Entity(value = "customers", schema = "other")}), or null
 *        to leave tables unqualified, reached through the connection's current schema
 * @param versionColumns columns whose whole name matches (ignoring case) get {@code @Version} when they are an integer
 *        or a timestamp the application writes
 */
public record RenderOptions(String schema, Pattern versionColumns) {
    /** {@code version|lock_version}, as {@code metalorm.versionColumns} defaults. */
    public static final String DEFAULT_VERSION_COLUMNS = "version|lock_version";

    /** Unqualified tables, the default version columns. */
    public static final RenderOptions DEFAULTS = new RenderOptions(null, versionPattern(DEFAULT_VERSION_COLUMNS));

    public RenderOptions {
        Objects.requireNonNull(versionColumns, "versionColumns");
    }

    /** The pattern {@code metalorm.versionColumns} means: the whole column name, ignoring case. */
    public static Pattern versionPattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a column of this name is a version column candidate. */
    public boolean isVersionColumn(String column) {
        return versionColumns.matcher(column).matches();
    }
}
