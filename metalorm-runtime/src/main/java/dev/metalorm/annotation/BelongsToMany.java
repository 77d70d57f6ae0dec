package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-many through a pivot entity: rows of {@link #pivotTable()} join this entity
 * ({@link #pivotForeignKeyToRoot()}) to the target ({@link #pivotForeignKeyToTarget()}). The field
 * is a {@code ManyToManyCollection<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsToMany {
    /** The entity on the far side; taken from the field's generic type when left out. */
    Class<?> target() default void.class;

    /** The pivot (junction) entity, such as {@code UserRole.class}. */
    Class<?> pivotTable();

    /** The pivot's columns that refer to this entity. */
    String[] pivotForeignKeyToRoot();

    /** The pivot's columns that refer to the target. */
    String[] pivotForeignKeyToTarget();

    /** This entity's columns the pivot refers to; its primary key when empty. */
    String[] localKey() default {};

    /** The target's columns the pivot refers to; its primary key when empty. */
    String[] targetKey() default {};

    Cascade[] cascade() default {};
}
