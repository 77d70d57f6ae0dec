package dev.metalorm.maven.config;

/** A pom {@code <relation>}'s {@code <inferred>}: what to do with the suggestion on its columns. */
public enum InferredChoice {
    /** Generate it even below {@code metalorm.minConfidence}. */
    ACCEPT,
    /** Never generate it. */
    REJECT
}
