package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class as an entity mapped to the table named by {@link #value()}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The table's name, exactly as the database spells it. */
    String value();

    /**
     * The schema (PostgreSQL, H2) or database (MySQL/MariaDB) holding the table, exactly as the
     * database spells it; empty (the default) for the connection's current schema. Every statement
     * names the table qualified by it, quoted by the dialect.
     */
    String schema() default "";
}
