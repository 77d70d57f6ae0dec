package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-one: this entity's {@link #foreignKey()} columns refer to the target's
 * {@link #targetKey()} (its primary key by default). The field is a {@code BelongsToReference<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsTo {
    /** The referenced entity; taken from the field's generic type when left out. */
    Class<?> target() default void.class;

    /** This entity's columns that refer to the target. */
    String[] foreignKey();

    /** The target's referenced columns; its primary key when empty. */
    String[] targetKey() default {};

    Cascade[] cascade() default {};
}
