package dev.metalorm.maven.suggest;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a column can hold its target's key: the same type (native name, size and scale) is 30 points,
 * the same family (integers of other widths or signedness, character strings of other lengths, binary
 * strings) 15; anything else is a mismatch and no relation.
 */
final class TypeRule {
    private static final Set<Integer> INTEGERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
    private static final Set<Integer> CHARACTERS = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR);
    private static final Set<Integer> BINARIES = Set.of(Types.BINARY, Types.VARBINARY);

    private TypeRule() {
    }

    /** The type evidence, or empty for a mismatch. */
    static Optional<Evidence> compare(ColumnSnapshot column, String targetTable, ColumnSnapshot key) {
        String mine = describe(column);
        String theirs = describe(key);
        if (mine.equals(theirs)) {
            return Optional.of(new Evidence("type", 30, mine + " as " + targetTable + "." + key.name()));
        }
        if (family(column) != null && family(column).equals(family(key))) {
            return Optional.of(new Evidence("type", 15, mine + ", " + targetTable + "." + key.name() + " is " + theirs
                    + " (both " + family(column) + ")"));
        }
        return Optional.empty();
    }

    /** The mismatch in words, for the report. */
    static String mismatch(ColumnSnapshot column, String targetTable, ColumnSnapshot key) {
        return column.name() + " is " + describe(column) + ", " + targetTable + "." + key.name() + " is " + describe(key);
    }

    static boolean integer(ColumnSnapshot column) {
        return INTEGERS.contains(column.jdbcType())
                || (column.jdbcType() == Types.DECIMAL || column.jdbcType() == Types.NUMERIC) && column.scale() == 0 && column.size() > 0;
    }

    private static String family(ColumnSnapshot c) {
        if (integer(c)) {
            return "integers";
        }
        if (CHARACTERS.contains(c.jdbcType())) {
            return "character strings";
        }
        if (BINARIES.contains(c.jdbcType())) {
            return "binary strings";
        }
        return null;
    }

    private static String describe(ColumnSnapshot c) {
        String type = c.nativeType().toLowerCase(Locale.ROOT);
        if (c.size() > 0) {
            type += "(" + c.size() + (c.scale() > 0 ? "," + c.scale() : "") + ")";
        }
        return type;
    }
}
