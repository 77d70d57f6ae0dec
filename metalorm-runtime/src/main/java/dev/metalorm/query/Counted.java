package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entity with the per-row counts asked for by {@code withCount}: {@code counted.count("posts")}.
 * The entity is the session's instance; the counts are read in the same statement.
 */
public record Counted<T>(T entity, Map<String, Long> counts) {
    public Counted {
        Objects.requireNonNull(entity, "entity");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The count for a relation named in {@code withCount}. */
    public long count(String relation) {
        Long n = counts.get(relation);
        if (n == null) {
            throw new MetalOrmException("No count for \"" + relation + "\": withCount was given " + counts.keySet() + ".");
        }
        return n;
    }
}
