package dev.metalorm.maven.infer;

import java.util.Objects;

/**
 * Why an inference was made: the rule and the facts it used.
 *
 * @param rule stable rule id, e.g. "belongs-to", "has-one-unique-fk", "has-many", "junction", "override"
 * @param facts the facts in one sentence, e.g. "FK fk_profiles_user (user_id) equals unique key uq_profiles_user"
 */
public record Reason(String rule, String facts) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(facts, "facts");
    }

    @Override
    public String toString() {
        return rule + ": " + facts;
    }
}
