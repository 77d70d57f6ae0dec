package dev.metalorm.sql.dialect;

import dev.metalorm.sql.SqlBuilder;

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

    /** No UUID type: UUIDs are stored as CHAR(36) text. */
    @Override
    public boolean nativeUuid() {
        return false;
    }
}
