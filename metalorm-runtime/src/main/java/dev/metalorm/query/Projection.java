package dev.metalorm.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The results of a query in another shape than its entities: records or classes made by
 * constructor, plain rows ({@code Map<String, Object>}), or entities with counts. Taken from the
 * query's state when made; run by its terminal methods in the query's session. Records and maps
 * are not tracked by the session.
 *
 * @param <R> the result type
 */
public final class Projection<R> {
    private final Execution<R> execution;

    Projection(Execution<R> execution) {
        this.execution = execution;
    }

    public List<R> list() {
        return execution.list();
    }

    public Optional<R> first() {
        return execution.first();
    }

    /** Page {@code page} (from 1) of {@code size} results and the total, in two statements. */
    public Page<R> page(int page, int size) {
        return execution.page(page, size);
    }

    /** The number of results (rows, or groups of a grouped query). */
    public long count() {
        return execution.count();
    }

    /** The results one by one, streamed from the database; close it (try-with-resources). */
    public Stream<R> stream() {
        return execution.stream();
    }

    public void forEach(Consumer<? super R> action) {
        execution.forEach(action);
    }
}
