package dev.metalorm.metadata;

import java.util.List;

/**
 * Rows of {@code child} refer through {@code childColumns} to {@code parentColumns} of
 * {@code parent}. A deferred dependency breaks a cycle: the child is inserted with the columns null
 * and updated once every row of the flush is in.
 */
public record ForeignKeyDependency(String child, List<String> childColumns, String parent, List<String> parentColumns,
                                   boolean deferred) {
    public ForeignKeyDependency {
        childColumns = List.copyOf(childColumns);
        parentColumns = List.copyOf(parentColumns);
    }

    ForeignKeyDependency asDeferred() {
        return new ForeignKeyDependency(child, childColumns, parent, parentColumns, true);
    }
}
