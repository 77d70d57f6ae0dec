package dev.metalorm.maven.config;

/** {@code metalorm.verifyRelations}: whether suggested relations are checked against the data. */
public enum VerifyRelations {
    /** No query: names, types and indexes only. */
    OFF,
    /** One bounded query per suggestion: a sample of its values must all have a row in the target table. */
    SAMPLE
}
