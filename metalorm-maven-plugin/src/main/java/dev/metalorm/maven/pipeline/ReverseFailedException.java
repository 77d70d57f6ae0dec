package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.diagnostic.Diagnostic;
import java.util.List;

/** A stage reported an ERROR diagnostic; nothing was written. */
public final class ReverseFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    public ReverseFailedException(List<Diagnostic> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }

    /** One error as one line; several as a count and every one on a line of its own, each with its fix. */
    private static String message(List<Diagnostic> errors) {
        if (errors.size() == 1) {
            Diagnostic only = errors.get(0);
            return only.subject() + ": " + only.message() + " Nothing was written.";
        }
        StringBuilder text = new StringBuilder(errors.size() + " errors; nothing was written:");
        for (Diagnostic e : errors) {
            text.append("\n  - ").append(e.subject()).append(": ").append(e.message());
        }
        return text.toString();
    }
}
