package dev.metalorm.maven.diagnostic;

import java.util.Objects;

/**
 * Something a stage wants the user to know, logged by the mojo.
 *
 * @param severity how much it matters
 * @param subject what it is about, e.g. "table orders" or "relation messages.sender"
 * @param message one sentence, with a hint where one helps
 */
public record Diagnostic(Severity severity, String subject, String message) {
    public enum Severity {
        /** Detail, shown at -X. */
        INFO,
        /** Something to fix or check; the build goes on. */
        WARNING,
        /** The build fails. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic warning(String subject, String message) {
        return new Diagnostic(Severity.WARNING, subject, message);
    }

    public static Diagnostic error(String subject, String message) {
        return new Diagnostic(Severity.ERROR, subject, message);
    }

    public static Diagnostic info(String subject, String message) {
        return new Diagnostic(Severity.INFO, subject, message);
    }

    @Override
    public String toString() {
        return severity + " " + subject + ": " + message;
    }
}
