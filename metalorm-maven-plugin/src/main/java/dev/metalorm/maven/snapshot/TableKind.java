package dev.metalorm.maven.snapshot;

/** Whether a relation is a base table or a view. */
public enum TableKind {
    TABLE,
    VIEW
}
