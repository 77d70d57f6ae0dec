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
 * @param refreshedOnUpdateColumns columns whose whole name matches (ignoring case) get {@code refreshedOnUpdate}: the
 *        database sets them on UPDATE by a trigger, which the catalog does not say
 */
public record RenderOptions(String schema, Pattern versionColumns, Pattern refreshedOnUpdateColumns) {
    /** {@code version|lock_version}, as {@code metalorm.versionColumns} defaults. */
    public static final String DEFAULT_VERSION_COLUMNS = "version|lock_version";

    /** A pattern that matches no column name. */
    public static final Pattern NONE = Pattern.compile("(?!)");

    /** Unqualified tables, the default version columns. */
    public static final RenderOptions DEFAULTS = new RenderOptions(null, versionPattern(DEFAULT_VERSION_COLUMNS));

    public RenderOptions {
        Objects.requireNonNull(versionColumns, "versionColumns");
        Objects.requireNonNull(refreshedOnUpdateColumns, "refreshedOnUpdateColumns");
    }

    /** No column named as refreshed on update beside what the catalog says. */
    public RenderOptions(String schema, Pattern versionColumns) {
        this(schema, versionColumns, NONE);
    }

    /**
     * What {@code metalorm.versionColumns} and {@code metalorm.refreshedOnUpdateColumns} mean: whole column names,
     * ignoring case.
     */
    public static Pattern versionPattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the pom names this column as one the database sets on every UPDATE. */
    public boolean isRefreshedOnUpdate(String column) {
        return refreshedOnUpdateColumns.matcher(column).matches();
    }

    /** Whether a column of this name is a version column candidate. */
    public boolean isVersionColumn(String column) {
        return versionColumns.matcher(column).matches();
    }
}
