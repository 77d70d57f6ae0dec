package dev.metalorm.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Which related rows a filtered include loads, in which order, and how many per owner:
 * {@code include("posts", w -> w.eq("published", true).orderBy("created_at", DESC).limit(5))}.
 * Only for collections (hasMany, belongsToMany); the loaded collection says
 * {@code isFiltered()}.
 */
public final class IncludeFilter extends Criteria<IncludeFilter> {
    private final List<String> orderColumns = new ArrayList<>();
    private final List<Direction> directions = new ArrayList<>();
    private Integer limit;

    IncludeFilter() {
    }

    /** Orders each owner's related rows; the target's primary key breaks ties. */
    public IncludeFilter orderBy(String column, Direction direction) {
        orderColumns.add(java.util.Objects.requireNonNull(column, "column"));
        directions.add(java.util.Objects.requireNonNull(direction, "direction"));
        return this;
    }

    public IncludeFilter orderBy(String column) {
        return orderBy(column, Direction.ASC);
    }

    /** At most this many related rows per owner (the first in the filter's order), by a window function. */
    public IncludeFilter limit(int rowsPerOwner) {
        if (rowsPerOwner < 1) {
            throw new IllegalArgumentException("An include limit is the number of related rows per owner, at least 1; got "
                    + rowsPerOwner);
        }
        this.limit = rowsPerOwner;
        return this;
    }

    List<String> orderColumns() {
        return List.copyOf(orderColumns);
    }

    List<Direction> directions() {
        return List.copyOf(directions);
    }

    Integer limitPerOwner() {
        return limit;
    }
}
