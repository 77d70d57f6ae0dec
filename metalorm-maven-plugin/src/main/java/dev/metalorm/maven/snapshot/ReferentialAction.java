package dev.metalorm.maven.snapshot;

/** ON UPDATE / ON DELETE rule of a foreign key. */
public enum ReferentialAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
}
