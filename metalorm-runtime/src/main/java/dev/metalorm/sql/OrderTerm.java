package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;

/** One ORDER BY term. */
public record OrderTerm(ColumnModel column, boolean descending) {
}
