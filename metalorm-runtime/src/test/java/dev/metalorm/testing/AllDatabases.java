package dev.metalorm.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test once per database engine, each time with a fresh, empty
 * {@link TestDatabase} injected as a parameter and dropped afterwards.
 *
 * <pre>{@code
 * @AllDatabases
 * void roundTrip(TestDatabase db) { ... }
 * }</pre>
 *
 * An engine whose server cannot be found is reported as skipped, or as a failure when the
 * environment variable {@code METALORM_TEST_DB_REQUIRED=true} is set.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface AllDatabases {
    /** The engines to run on; all three by default. */
    DatabaseKind[] value() default {DatabaseKind.H2, DatabaseKind.MYSQL, DatabaseKind.POSTGRES};
}
