package dev.metalorm.query;

import java.util.List;

/**
 * One page of a query's results and the total over all pages, from two statements (the count and
 * the page). Pages are numbered from 1.
 *
 * @param items the rows of this page, at most {@code size}
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total the number of rows over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** The number of pages: {@code ceil(total / size)}, 0 when there are no rows. */
    public long totalPages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
