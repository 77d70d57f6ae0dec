package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlBuilder;
import java.util.List;

/** MySQL 8 and MariaDB 10.x, through Connector/J or the MariaDB driver. */
public final class MySqlDialect extends Dialect {
    /** MySQL's documented way to say "no limit" when only an offset is wanted. */
    private static final String NO_LIMIT = "18446744073709551615";
    private final String name;

    public MySqlDialect(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** MySQL and MariaDB find column names whatever their case (table names follow lower_case_table_names). */
    @Override
    public boolean namesIgnoreCase(boolean column) {
        return column;
    }

    @Override
    public String currentSchemaExpression() {
        return "DATABASE()";
    }

    @Override
    public void paging(SqlBuilder sql, Integer limit, Integer offset) {
        if (limit != null) {
            sql.sql(" LIMIT ").intParam(limit);
        } else if (offset != null) {
            sql.sql(" LIMIT " + NO_LIMIT);
        }
        if (offset != null) {
            sql.sql(" OFFSET ").intParam(offset);
        }
    }

    /**
     * Connector/J takes MariaDB's reported "5.5.5-10.x" for MySQL 5.5.5, which has no fractional
     * seconds, and drops them from temporal parameters; as text they reach the server intact.
     */
    @Override
    public boolean bindTimestampAsText() {
        return true;
    }

    /** MySQL and MariaDB have no timestamp with time zone: DATETIME holds the UTC date-time. */
    @Override
    public boolean timestampWithTimeZoneAsUtc() {
        return true;
    }

    /**
     * A TIMESTAMP column converts what it stores from the session's time_zone to UTC and what it
     * returns back again, a DATETIME converts nothing: with the session at '+00:00' the UTC
     * date-time bound for an Instant is the stored instant in both, whatever the server's, the
     * session's or the JVM's zone (issue 16 item 4). The other way, converting each value to the
     * session's zone, would need that zone per connection and the column's type per value, and a
     * named zone's repeated autumn hour cannot say which instant it means; UTC has no such hour.
     * The session's zone is saved in a user variable and restored when the session gives the
     * connection back, so a pooled connection leaves as it came. Models without Instant or
     * OffsetDateTime columns leave the zone alone (no extra statements).
     */
    @Override
    public String utcTimeZoneStatement() {
        return "SET @metalorm_time_zone = @@session.time_zone, time_zone = '+00:00'";
    }

    @Override
    public String restoreTimeZoneStatement() {
        return "SET time_zone = @metalorm_time_zone";
    }

    /** {@code INSERT INTO t () VALUES ()}: MySQL and MariaDB have no {@code DEFAULT VALUES}. */
    @Override
    public void defaultValues(SqlBuilder sql) {
        sql.sql(" () VALUES ()");
    }

    /*
     * No returnsColumnsOnInsert: Connector/J hands back only the auto-increment key (as
     * GENERATED_KEY), whatever columns are named. MariaDB 10.5+ has INSERT ... RETURNING, but a
     * statement with a result cannot go in a JDBC batch (nor be rewritten by
     * rewriteBatchedStatements): one round trip per row. So defaults and computed columns are read
     * again by primary key, one SELECT per IN list of rows, and batching stays.
     */

    /**
     * InnoDB checks foreign keys row by row, so a row referring to itself (a root that is its own
     * root) cannot be deleted while it does: a nullable key is set NULL first, a NOT NULL one needs
     * {@code ON DELETE CASCADE} on the foreign key.
     */
    @Override
    public boolean deletesRowsReferringToThemselves() {
        return false;
    }

    /**
     * BIT(n) held in a byte[] is bound as the number its bits make: {@code bits = 170} finds
     * b'10101010', where {@code bits = _binary'\xAA'} compares as a string and finds nothing.
     * BIT(1) as Boolean binds as it is (1 or 0).
     */
    @Override
    public NativeBinding nativeBinding(ColumnType type, String sqlType) {
        return type == ColumnType.BYTES && baseTypeName(sqlType).equals("bit") ? NativeBinding.BIT_NUMBER : NativeBinding.PLAIN;
    }

    /** No array columns. */
    @Override
    public String arrayColumnElementType(String sqlType, Class<?> elementType) {
        return null;
    }

    /** No UUID type: UUIDs are stored as CHAR(36) text. */
    @Override
    public boolean nativeUuid() {
        return false;
    }

    /**
     * Connector/J streams only with {@code Integer.MIN_VALUE} (row by row) unless the URL sets
     * {@code useCursorFetch=true}; a positive fetch size alone reads the whole result into memory.
     * While such a result is open, the connection runs no other statement.
     */
    @Override
    public int streamingFetchSize(int rows) {
        return Integer.MIN_VALUE;
    }

    /** MySQL from 8.0, MariaDB from 10.2. */
    @Override
    public boolean supportsWindowFunctions() {
        String[] parts = name.split(" ", 2);
        if (parts.length < 2) {
            return true;
        }
        String[] v = parts[1].split("\\.");
        int major = number(v, 0);
        int minor = number(v, 1);
        return parts[0].equals("MariaDB") ? major > 10 || major == 10 && minor >= 2 : major >= 8;
    }

    private static int number(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i].replaceAll("[^0-9].*", "")) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code INSERT … ON DUPLICATE KEY UPDATE c = VALUES(c)}. MySQL and MariaDB have no conflict
     * target: a clash on any unique key of the table updates that row. {@code VALUES(c)} is
     * deprecated by MySQL 8.0.20 (it still works) and the only spelling MariaDB knows.
     */
    @Override
    public void upsert(SqlBuilder b, TableModel table, List<ColumnModel> columns, List<Object> values, List<ColumnModel> conflict,
                       List<ColumnModel> update) {
        insertValues(b, table, columns, values);
        b.sql(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < update.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(update.get(i).name()).sql(" = VALUES(").identifier(update.get(i).name()).sql(")");
        }
    }
}
