package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One-to-one seen from the referenced side: the target's {@link #foreignKey()} columns, unique in
 * the target, refer to this entity's {@link #localKey()}. The field is a {@code HasOneReference<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasOne {
    /** The other entity; taken from the field's generic type when left out. */
    Class<?> target() default void.class;

    /** The target's columns that refer to this entity. */
    String[] foreignKey();

    /** This entity's referenced columns; its primary key when empty. */
    String[] localKey() default {};

    Cascade[] cascade() default {};
}
