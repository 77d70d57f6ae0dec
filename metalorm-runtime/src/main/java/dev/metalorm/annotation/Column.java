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

    /**
     * Whether the column has a database default ({@code DEFAULT 0}, {@code DEFAULT CURRENT_TIMESTAMP},
     * a sequence): an INSERT leaves the column out while the field is null, and the value the database
     * stored is read back into the entity at flush.
     */
    boolean hasDefault() default false;

    /**
     * Whether the database computes the column (a generated/virtual column, an identity column
     * {@code GENERATED ALWAYS} that is not the key): it is never written by INSERT or UPDATE and its
     * value is read back at flush.
     */
    boolean readOnly() default false;

    /**
     * Whether the database sets the column on every UPDATE of the row (MySQL's {@code ON UPDATE
     * CURRENT_TIMESTAMP}, a trigger such as Pagila's {@code last_updated}): after the session
     * updates the row, the value the database stored is read back into the entity. The column is
     * written as any other when the entity changes it.
     */
    boolean refreshedOnUpdate() default false;

    /**
     * The column's type as the database declares it ({@code inet}, {@code mood}, {@code int4[]}),
     * for types a plain JDBC binding does not reach; empty when the Java type says enough. On
     * PostgreSQL a String (or enum) field of a non-text type (an enum type, inet, cidr, macaddr,
     * point, interval, money, tsvector, uuid) is bound untyped so the server converts it;
     * {@code bit(n)}/{@code varbit} take a {@code byte[]} (or a Boolean for {@code bit(1)}) as a bit
     * string; an array type ({@code int4[]}, {@code _text}) names the element type of a Java array
     * field. On MySQL/MariaDB {@code bit(n)} binds a {@code byte[]} as the number of its bits.
     */
    String sqlType() default "";
}
