package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Maps a field to a column. Fields without it map to a column named like the field. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column's name, exactly as the database spells it; the field's name when empty. */
    String name() default "";

    /**
     * Whether the column accepts NULL. Primitive fields and {@code @Id} fields are never nullable.
     * The flush order uses it: a foreign-key cycle is broken only through a nullable column.
     */
    boolean nullable() default true;

    /**
     * Whether a {@code String} field holds a JSON column ({@code json}/{@code jsonb}/{@code JSON}):
     * the value is bound as JSON text so that PostgreSQL and H2 store a document, not a string.
     */
    boolean json() default false;
}
