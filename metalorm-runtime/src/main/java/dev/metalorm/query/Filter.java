package dev.metalorm.query;

/**
 * The conditions of a {@code whereHas}, {@code whereHasNot} or {@code withCount} on the related
 * table: {@code whereHas("posts", w -> w.eq("published", true))}.
 */
public final class Filter extends Criteria<Filter> {
    Filter() {
    }
}
