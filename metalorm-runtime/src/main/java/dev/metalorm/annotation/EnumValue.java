package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database's spelling of an enum constant ({@code @EnumValue("in-progress") IN_PROGRESS}),
 * for enum columns whose values are not Java identifiers. Constants without it are stored as their
 * {@link Enum#name()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EnumValue {
    /** The value exactly as the database stores it. */
    String value();
}
