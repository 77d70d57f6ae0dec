package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a field out of the mapping: it is neither read from nor written to the database. Every
 * other non-static field of an entity (inherited ones too) maps to a column; mark the fields you
 * add to a user class of the generation gap with this (or with the {@code transient} modifier).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Transient {
}
