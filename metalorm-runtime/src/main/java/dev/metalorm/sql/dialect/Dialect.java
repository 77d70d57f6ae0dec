package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnType;
import dev.metalorm.sql.SqlBuilder;

/**
 * What differs between databases. The defaults are ANSI SQL; {@link H2Dialect},
 * {@link MySqlDialect} and {@link PostgresDialect} override only what their database does
 * differently. Stateless and thread-safe.
 */
public abstract class Dialect {

    /** A short name with the server version, e.g. {@code "PostgreSQL 15.20"}. */
    public abstract String name();

    /** Quotes an identifier, doubling embedded quote characters. ANSI: double quotes. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The placeholder for a value of this type; plain {@code ?} unless the database needs a conversion. */
    public String placeholder(ColumnType type) {
        return "?";
    }

    /** Appends paging. ANSI: {@code OFFSET ? ROWS FETCH FIRST ? ROWS ONLY}. */
    public void paging(SqlBuilder sql, Integer limit, Integer offset) {
        if (offset != null) {
            sql.sql(" OFFSET ").intParam(offset).sql(" ROWS");
        }
        if (limit != null) {
            sql.sql(" FETCH FIRST ").intParam(limit).sql(" ROWS ONLY");
        }
    }

    /** Whether {@code (a, b) IN ((?, ?), ...)} works; otherwise OR-ed equalities are used. */
    public boolean supportsRowValueIn() {
        return true;
    }

    /** How many keys one batched {@code IN} list holds when loading relations. */
    public int inListBatchSize() {
        return 1000;
    }

    /** Whether UUIDs are bound as UUID objects (native type) rather than as their text. */
    public boolean nativeUuid() {
        return true;
    }

    /** Whether JSON text is bound untyped, so the server converts it to json/jsonb. */
    public boolean bindJsonUntyped() {
        return false;
    }

    /**
     * Whether LocalDateTime and LocalTime values are bound as ISO text ({@code 2024-01-31 12:00:00.123456})
     * rather than as temporal objects.
     */
    public boolean bindTimestampAsText() {
        return false;
    }

    /**
     * Whether the database has no time-zone-aware timestamp, so OffsetDateTime and Instant values
     * are stored as their UTC date-time in a plain timestamp column and read back as UTC.
     */
    public boolean timestampWithTimeZoneAsUtc() {
        return false;
    }

    /** Whether generated keys are requested by column name (otherwise: the driver's default generated-keys mode). */
    public boolean generatedKeysByColumnName() {
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}
