package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One-to-many: the target's {@link #foreignKey()} columns refer to this entity's
 * {@link #localKey()} (its primary key by default). The field is a
 * {@code HasManyCollection<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasMany {
    /** The child entity; taken from the field's generic type when left out. */
    Class<?> target() default void.class;

    /** The child's columns that refer to this entity. */
    String[] foreignKey();

    /** This entity's referenced columns; its primary key when empty. */
    String[] localKey() default {};

    Cascade[] cascade() default {};
}
