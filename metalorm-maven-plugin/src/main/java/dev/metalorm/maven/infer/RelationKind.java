package dev.metalorm.maven.infer;

/** The four relation kinds of MetalORM. */
public enum RelationKind {
    BELONGS_TO,
    HAS_MANY,
    HAS_ONE,
    BELONGS_TO_MANY
}
