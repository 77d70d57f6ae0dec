package dev.metalorm.maven.config;

import java.util.Objects;

/**
 * How relations the schema does not declare are suggested.
 *
 * @param inferRelations {@code metalorm.inferRelations}
 * @param verifyRelations {@code metalorm.verifyRelations}
 * @param minConfidence {@code metalorm.minConfidence} in hundredths (0.70 is 70): suggestions below it are reported, not generated
 */
public record SuggestionOptions(InferRelations inferRelations, VerifyRelations verifyRelations, int minConfidence) {
    /** The default {@code metalorm.minConfidence}, 0.70. */
    public static final int DEFAULT_MIN_CONFIDENCE = 70;
    /** Inference off: the default. */
    public static final SuggestionOptions OFF = new SuggestionOptions(InferRelations.OFF, VerifyRelations.OFF, DEFAULT_MIN_CONFIDENCE);

    public SuggestionOptions {
        Objects.requireNonNull(inferRelations, "inferRelations");
        Objects.requireNonNull(verifyRelations, "verifyRelations");
        if (minConfidence < 0 || minConfidence > 100) {
            throw new IllegalArgumentException("minConfidence " + minConfidence + " is not between 0 and 100");
        }
    }

    /** Naming conventions on, the default threshold, no value check. */
    public static SuggestionOptions naming() {
        return new SuggestionOptions(InferRelations.NAMING, VerifyRelations.OFF, DEFAULT_MIN_CONFIDENCE);
    }

    public boolean suggesting() {
        return inferRelations == InferRelations.NAMING;
    }

    /** Confidence in hundredths as written in the pom and the report: {@code 70 → "0.70"}. */
    public static String format(int hundredths) {
        return (hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + (hundredths % 100);
    }
}
