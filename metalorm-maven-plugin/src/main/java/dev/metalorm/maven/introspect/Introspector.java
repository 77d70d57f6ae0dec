package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.sql.Connection;

/** Reads one schema of a live database into a snapshot. */
public interface Introspector {
    /**
     * @param connection an open connection; not closed here
     * @param request which schema and which tables
     * @throws IntrospectionException when the schema does not exist or the catalog cannot be read
     */
    SchemaSnapshot read(Connection connection, IntrospectionRequest request);
}
