package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlPredicate;
import java.util.List;

/** What the set-based writes share. */
final class Writes {
    private Writes() {
    }

    static void requireKey(TableModel table, String what) {
        if (!table.hasPrimaryKey()) {
            throw new MetalOrmException("Cannot " + what + " rows of " + table + ": the table has no primary key, so it is "
                    + "read-only here. Use session.sql(...) for it.");
        }
    }

    static void requireCondition(TableModel table, String what, List<SqlPredicate> conditions, boolean all) {
        if (conditions.isEmpty() && !all) {
            throw new MetalOrmException(what + "(" + table.name() + ") has no condition, so it would " + what + " every row. Add "
                    + "where(...), or call all() if every row is meant.");
        }
    }

    /** A timestamp version's next value: now, to the microsecond the databases keep. */
    static Object now(ColumnModel version) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Class<?> t = version.javaType();
        if (t == java.time.LocalDateTime.class) {
            return java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } else if (t == java.time.OffsetDateTime.class) {
            return now.atOffset(java.time.ZoneOffset.UTC);
        }
        return now;
    }
}
