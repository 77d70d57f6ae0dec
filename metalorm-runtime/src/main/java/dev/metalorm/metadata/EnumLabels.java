package dev.metalorm.metadata;

import dev.metalorm.MetadataException;
import dev.metalorm.annotation.EnumValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The database labels of a Java enum's constants: {@link EnumValue} where a constant has it, else
 * its {@link Enum#name()}. Used for PostgreSQL enum types, MySQL/MariaDB ENUM columns and plain
 * text columns alike; computed once per enum class.
 */
public final class EnumLabels {
    private static final ClassValue<Map<String, Enum<?>>> BY_LABEL = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> out = new LinkedHashMap<>();
            for (Object c : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) c;
                Enum<?> clash = out.put(label(e), e);
                if (clash != null) {
                    throw new MetadataException("Enum " + type.getName() + ": constants " + clash.name() + " and " + e.name()
                            + " have the same database value \"" + label(e) + "\". Give each its own @EnumValue.");
                }
            }
            return Collections.unmodifiableMap(out);
        }
    };

    private EnumLabels() {
    }

    /** The constant's database label. */
    public static String label(Enum<?> constant) {
        try {
            EnumValue v = constant.getDeclaringClass().getField(constant.name()).getAnnotation(EnumValue.class);
            return v == null ? constant.name() : v.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    /** The constant with this label, or null when the enum has none. */
    public static Enum<?> constant(Class<?> enumType, String label) {
        return BY_LABEL.get(enumType).get(label);
    }

    /** The labels in declaration order, for messages: {@code "draft", "in-progress"}. */
    public static String labels(Class<?> enumType) {
        return BY_LABEL.get(enumType).keySet().stream().map(l -> '"' + l + '"').collect(Collectors.joining(", "));
    }

    /** Fails at model build when two constants share a label. */
    static void check(Class<?> enumType) {
        BY_LABEL.get(enumType);
    }

    /** Whether a value names a constant of the enum by label or by name. */
    static Enum<?> parse(Class<?> enumType, String text) {
        Enum<?> byLabel = constant(enumType, text);
        if (byLabel != null) {
            return byLabel;
        }
        return Arrays.stream((Enum<?>[]) enumType.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst().orElse(null);
    }
}
