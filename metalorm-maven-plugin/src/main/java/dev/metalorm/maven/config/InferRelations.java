package dev.metalorm.maven.config;

/** {@code metalorm.inferRelations}: whether relations the schema does not declare are suggested. */
public enum InferRelations {
    /** Only declared foreign keys (and pom {@code <relation>}s with {@code <references>}) give relations. */
    OFF,
    /** Also suggest relations from column names, types and indexes. */
    NAMING
}
