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

    private static String message(List<Diagnostic> errors) {
        Diagnostic first = errors.get(0);
        return first.subject() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error" + (errors.size() > 2 ? "s" : "") + ")" : "")
                + " Nothing was written.";
    }
}
