package dev.metalorm.query;

/** The direction of an ORDER BY term. */
public enum Direction {
    ASC, DESC
}
