package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** H2 2.x, in the identifier case mode of its database. */
public final class H2Dialect extends Dialect {
    private final String version;
    private final IdentifierCase identifierCase;

    /**
     * How an H2 database reads identifiers, from its {@code INFORMATION_SCHEMA.SETTINGS}. H2 turns
     * an unquoted name upper-case by default, so {@code CREATE TABLE users} makes {@code USERS} and
     * a quoted {@code "users"} is then not found. MetalORM quotes every identifier, so it reads a
     * mapped name the way H2 reads that name unquoted: {@code @Entity("users")} is {@code "USERS"}
     * in the default mode, and as written with {@code DATABASE_TO_LOWER=TRUE}.
     */
    public enum IdentifierCase {
        /** {@code DATABASE_TO_UPPER=TRUE}, H2's default: mapped names are upper-cased. */
        UPPER,
        /** {@code DATABASE_TO_LOWER=TRUE}: unquoted names are lower-cased; mapped names are used as written. */
        LOWER,
        /** Neither: unquoted names are kept as written, and so are mapped names. */
        AS_WRITTEN,
        /** {@code CASE_INSENSITIVE_IDENTIFIERS=TRUE}: quoted names match whatever their case. */
        INSENSITIVE;

        /** Reads the mode of the database the connection is on. */
        public static IdentifierCase of(Connection connection) throws SQLException {
            boolean upper = false;
            boolean lower = false;
            boolean insensitive = false;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN"
                         + " ('DATABASE_TO_UPPER', 'DATABASE_TO_LOWER', 'CASE_INSENSITIVE_IDENTIFIERS')")) {
                while (rs.next()) {
                    boolean on = "true".equalsIgnoreCase(rs.getString(2));
                    switch (rs.getString(1)) {
                        case "DATABASE_TO_UPPER" -> upper = on;
                        case "DATABASE_TO_LOWER" -> lower = on;
                        default -> insensitive = on;
                    }
                }
            }
            if (insensitive) {
                return INSENSITIVE;
            }
            return upper ? UPPER : lower ? LOWER : AS_WRITTEN;
        }
    }

    /** H2 with names used as written (a database opened with {@code DATABASE_TO_LOWER=TRUE}). */
    public H2Dialect(String version) {
        this(version, IdentifierCase.LOWER);
    }

    public H2Dialect(String version, IdentifierCase identifierCase) {
        this.version = version;
        this.identifierCase = identifierCase;
    }

    @Override
    public String name() {
        return "H2 " + version;
    }

    public IdentifierCase identifierCase() {
        return identifierCase;
    }

    /** In H2's default mode, the upper-case name H2 makes of the name written unquoted. */
    @Override
    public String catalogName(String identifier) {
        return identifierCase == IdentifierCase.UPPER ? identifier.toUpperCase(Locale.ROOT) : identifier;
    }

    @Override
    public boolean namesIgnoreCase(boolean column) {
        return identifierCase == IdentifierCase.INSENSITIVE;
    }

    @Override
    public String caseMismatchAdvice(String mapped, String inCatalog) {
        if (identifierCase == IdentifierCase.UPPER) {
            return "the database spells it \"" + inCatalog + "\", created quoted in an H2 database in its default mode"
                    + " (DATABASE_TO_UPPER=TRUE), where MetalORM reads mapped names upper-case as H2 reads unquoted ones:"
                    + " add ;DATABASE_TO_LOWER=TRUE to the JDBC URL (or ;CASE_INSENSITIVE_IDENTIFIERS=TRUE)";
        }
        return "the database spells it \"" + inCatalog + "\" and H2 matches quoted names only in their exact case: declare it as \""
                + inCatalog + "\", or add ;CASE_INSENSITIVE_IDENTIFIERS=TRUE to the JDBC URL";
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
