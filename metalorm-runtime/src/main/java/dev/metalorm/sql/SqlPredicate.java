package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import java.util.List;
import java.util.Objects;

/** A WHERE condition on resolved columns; values are always bound. */
public sealed interface SqlPredicate
        permits SqlPredicate.Compare, SqlPredicate.In, SqlPredicate.IsNull, SqlPredicate.Junction, SqlPredicate.Not {

    /** {@code column <operator> ?}; operator is one of {@code = <> < <= > >= LIKE}. */
    record Compare(ColumnModel column, String operator, Object value) implements SqlPredicate {
        public Compare {
            Objects.requireNonNull(column, "column");
            if (!List.of("=", "<>", "<", "<=", ">", ">=", "LIKE").contains(operator)) {
                throw new IllegalArgumentException("Unknown operator " + operator);
            }
        }
    }

    /** {@code column IN (?, ?)} or, for several columns, {@code (a, b) IN ((?, ?), (?, ?))}; no tuples match nothing. */
    record In(List<ColumnModel> columns, List<List<Object>> tuples) implements SqlPredicate {
        public In {
            columns = List.copyOf(columns);
            tuples = tuples.stream().map(t -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(t))).toList();
        }
    }

    record IsNull(ColumnModel column, boolean negated) implements SqlPredicate {
    }

    /** AND or OR of parts; an empty AND matches everything, an empty OR nothing. */
    record Junction(boolean and, List<SqlPredicate> parts) implements SqlPredicate {
        public Junction {
            parts = List.copyOf(parts);
        }
    }

    record Not(SqlPredicate inner) implements SqlPredicate {
    }
}
