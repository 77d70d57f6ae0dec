package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as (part of) the primary key. Several {@code @Id} fields form a composite key,
 * in field declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {
    /**
     * Whether the database generates the value (auto-increment, serial, identity). A generated
     * key is left out of the INSERT and written back into the entity afterwards.
     */
    boolean generated() default false;
}
