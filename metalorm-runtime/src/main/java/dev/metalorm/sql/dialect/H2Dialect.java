package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnType;

/** H2 2.x. */
public final class H2Dialect extends Dialect {
    private final String version;

    public H2Dialect(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "H2 " + version;
    }

    /** Without FORMAT JSON, H2 stores a bound string as a JSON string value instead of parsing it. */
    @Override
    public String placeholder(ColumnType type) {
        return type == ColumnType.JSON ? "? FORMAT JSON" : "?";
    }

    /**
     * H2 plans a bound IN list per size and per statement, slowly for long lists (see NOTES.md);
     * 500 keeps one query per 500 parents.
     */
    @Override
    public int inListBatchSize() {
        return 500;
    }

    /** H2 returns the columns named in {@code prepareStatement(sql, columnNames)}, for every row of a batch. */
    @Override
    public boolean returnsColumnsOnInsert() {
        return true;
    }

    @Override
    public String arrayElementType(ColumnType type) {
        return switch (type) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DECIMAL -> "NUMERIC";
            case STRING -> "CHARACTER VARYING";
            case UUID -> "UUID";
            default -> null;
        };
    }

    /**
     * From 1,000 to 65,536 values (H2's default MAX_ARRAY_CARDINALITY) one array: 0.64-0.88x the
     * time of a list there (BENCHMARKS.md, "IN lists"). Beyond, the list: two arrays OR-ed took
     * 3.8x the list's time at 70,000.
     */
    @Override
    public boolean inListAsArray(int size, ColumnType type) {
        return size > 1000 && size <= 65_536 && arrayElementType(type) != null;
    }
}
