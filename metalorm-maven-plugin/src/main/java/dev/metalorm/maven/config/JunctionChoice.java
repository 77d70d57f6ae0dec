package dev.metalorm.maven.config;

/** Whether a table is a many-to-many junction. */
public enum JunctionChoice {
    /** Apply the junction rule. */
    INFER,
    /** Treat as a junction (it must have exactly two foreign keys). */
    FORCE,
    /** Never a junction. */
    DENY
}
