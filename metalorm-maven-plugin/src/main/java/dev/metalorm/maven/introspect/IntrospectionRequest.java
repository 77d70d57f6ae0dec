package dev.metalorm.maven.introspect;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to read.
 *
 * @param schema the schema (PostgreSQL, H2) or database (MySQL/MariaDB) to read; null for the connection's current one
 * @param includes table-name patterns to keep (all when empty); a table is kept when one matches the whole name
 * @param excludes table-name patterns to drop, applied after includes
 * @param includeViews whether views are read too
 */
public record IntrospectionRequest(String schema, List<Pattern> includes, List<Pattern> excludes, boolean includeViews) {
    public IntrospectionRequest {
        includes = List.copyOf(Objects.requireNonNull(includes, "includes"));
        excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes"));
    }

    /** Whether a table of this name passes the filters. */
    public boolean accepts(String tableName) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(tableName).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(tableName).matches());
    }
}
