package dev.metalorm.maven.suggest;

import java.util.Objects;

/**
 * One fact behind a suggestion and what it adds to its confidence.
 *
 * @param kind {@code name}, {@code type}, {@code index}, {@code values}, {@code lock} or {@code pom}
 * @param points hundredths of confidence it adds (0 for a fact that only explains)
 * @param fact the fact, e.g. "post_id names table wp_posts (its prefix wp_ shared with wp_postmeta)"
 */
public record Evidence(String kind, int points, String fact) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
    }

    @Override
    public String toString() {
        return kind + (points == 0 ? "" : " +" + dev.metalorm.maven.config.SuggestionOptions.format(points)) + ": " + fact;
    }
}
