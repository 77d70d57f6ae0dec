package dev.metalorm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the column used for optimistic locking: an integer ({@code Integer}, {@code Long},
 * {@code Short}) incremented by every UPDATE, or a timestamp ({@code LocalDateTime},
 * {@code Instant}, {@code OffsetDateTime}) set to the current time. UPDATE and DELETE check the
 * value read; a row changed by someone else fails the flush with an
 * {@code OptimisticLockException}. At most one per entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
