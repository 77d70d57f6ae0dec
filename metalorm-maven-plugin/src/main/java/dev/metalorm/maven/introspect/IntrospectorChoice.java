package dev.metalorm.maven.introspect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which catalog reader to use (property {@code metalorm.introspector}). */
public enum IntrospectorChoice {
    /** Bulk SQL for MySQL/MariaDB and PostgreSQL, SchemaCrawler for every other database. */
    AUTO,
    /** Bulk SQL; an error on a database without a bulk reader. */
    SQL,
    /** SchemaCrawler through JDBC metadata, on any database (slow on big MariaDB schemas). */
    SCHEMACRAWLER;

    /** Parses the property value ({@code auto}, {@code sql}, {@code schemacrawler}; case ignored; blank = auto). */
    public static IntrospectorChoice parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        for (IntrospectorChoice c : values()) {
            if (c.name().equals(wanted)) {
                return c;
            }
        }
        throw new IntrospectionException("Unknown introspector \"" + value + "\". Set metalorm.introspector to one of "
                + Arrays.stream(values()).map(IntrospectorChoice::propertyValue).collect(Collectors.joining(", ")) + ".");
    }

    /** The value as written in the property. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
