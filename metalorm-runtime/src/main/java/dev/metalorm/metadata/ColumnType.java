package dev.metalorm.metadata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** How a column's values are bound and read; each has one default Java type. */
public enum ColumnType {
    SMALLINT(Short.class),
    INTEGER(Integer.class),
    BIGINT(Long.class),
    /** Exact numbers: {@link BigDecimal}, or {@link java.math.BigInteger} (e.g. MySQL's bigint unsigned). */
    DECIMAL(BigDecimal.class),
    DOUBLE(Double.class),
    FLOAT(Float.class),
    STRING(String.class),
    BOOLEAN(Boolean.class),
    DATE(LocalDate.class),
    TIME(LocalTime.class),
    TIMESTAMP(LocalDateTime.class),
    /** timestamptz: {@link OffsetDateTime} or {@link Instant}. */
    TIMESTAMPTZ(OffsetDateTime.class),
    UUID(java.util.UUID.class),
    BYTES(byte[].class),
    /** JSON text held in a String. */
    JSON(String.class),
    /** A Java enum stored as its label ({@code @EnumValue}, else its name). */
    ENUM(Enum.class),
    /**
     * A SQL array (PostgreSQL {@code int4[]}, {@code text[]}; H2 {@code INTEGER ARRAY}) as a Java
     * array of a mapped element type ({@code Integer[]}, {@code String[]}, ...).
     */
    ARRAY(Object[].class);

    private final Class<?> defaultJavaType;

    ColumnType(Class<?> defaultJavaType) {
        this.defaultJavaType = defaultJavaType;
    }

    public Class<?> defaultJavaType() {
        return defaultJavaType;
    }

    /** The column type for a field's Java type, or empty when the type cannot be mapped. */
    public static Optional<ColumnType> forJavaType(Class<?> type) {
        Class<?> t = boxed(type);
        if (t == Short.class) {
            return Optional.of(SMALLINT);
        } else if (t == Integer.class) {
            return Optional.of(INTEGER);
        } else if (t == Long.class) {
            return Optional.of(BIGINT);
        } else if (t == BigDecimal.class || t == java.math.BigInteger.class) {
            return Optional.of(DECIMAL);
        } else if (t == Double.class) {
            return Optional.of(DOUBLE);
        } else if (t == Float.class) {
            return Optional.of(FLOAT);
        } else if (t == String.class) {
            return Optional.of(STRING);
        } else if (t == Boolean.class) {
            return Optional.of(BOOLEAN);
        } else if (t == LocalDate.class) {
            return Optional.of(DATE);
        } else if (t == LocalTime.class) {
            return Optional.of(TIME);
        } else if (t == LocalDateTime.class) {
            return Optional.of(TIMESTAMP);
        } else if (t == OffsetDateTime.class || t == Instant.class) {
            return Optional.of(TIMESTAMPTZ);
        } else if (t == UUID.class) {
            return Optional.of(UUID);
        } else if (t == byte[].class) {
            return Optional.of(BYTES);
        } else if (t.isEnum()) {
            return Optional.of(ENUM);
        } else if (t.isArray() && !t.getComponentType().isPrimitive() && !t.getComponentType().isArray()
                && forJavaType(t.getComponentType()).filter(c -> c != ENUM).isPresent()) {
            return Optional.of(ARRAY);
        }
        return Optional.empty();
    }

    /** The wrapper class of a primitive type, or the type itself. */
    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == byte.class) {
            return Byte.class;
        } else if (type == char.class) {
            return Character.class;
        }
        return Void.class;
    }

    /** Java types that can be mapped, for error messages. */
    public static String supportedJavaTypes() {
        return "Short, Integer, Long (or their primitives), BigDecimal, Double, Float, String, Boolean, LocalDate, LocalTime, "
                + "LocalDateTime, OffsetDateTime, Instant, UUID, byte[], enums, arrays of these (Integer[], String[], ...)";
    }
}
