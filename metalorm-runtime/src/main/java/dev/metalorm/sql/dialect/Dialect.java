package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlBuilder;
import java.util.List;

/**
 * What differs between databases. The defaults are ANSI SQL; {@link H2Dialect},
 * {@link MySqlDialect} and {@link PostgresDialect} override only what their database does
 * differently. Stateless and thread-safe.
 */
public abstract class Dialect {

    /** A short name with the server version, e.g. {@code "PostgreSQL 15.20"}. */
    public abstract String name();

    /**
     * Quotes an identifier, as the catalog spells it ({@link #catalogName}), doubling embedded quote
     * characters. ANSI: double quotes.
     */
    public String quote(String identifier) {
        return '"' + catalogName(identifier).replace("\"", "\"\"") + '"';
    }

    /**
     * The name the catalog holds for a mapped identifier. As written, except on an H2 database in
     * its default mode, which reads names upper-case (see {@link H2Dialect.IdentifierCase}).
     */
    public String catalogName(String identifier) {
        return identifier;
    }

    /**
     * Whether the database finds a quoted table ({@code column} false) or column name whatever its
     * case, so that the schema check compares names ignoring case too.
     */
    public boolean namesIgnoreCase(boolean column) {
        return false;
    }

    /**
     * What the schema check reads columns from: a relation with {@code TABLE_SCHEMA, TABLE_NAME,
     * COLUMN_NAME, ORDINAL_POSITION} of every table and view an entity may map.
     */
    public String catalogColumns() {
        return "INFORMATION_SCHEMA.COLUMNS";
    }

    /** What the schema check lists a schema's tables from, to name them: {@code TABLE_SCHEMA, TABLE_NAME}. */
    public String catalogTables() {
        return "INFORMATION_SCHEMA.TABLES";
    }

    /** The SQL expression for the schema unqualified names resolve in, as {@code INFORMATION_SCHEMA} names it. */
    public String currentSchemaExpression() {
        return "CURRENT_SCHEMA";
    }

    /**
     * What to do when a mapped name matches a catalog name only ignoring case: a sentence naming the
     * fix, for the schema check's message.
     */
    public String caseMismatchAdvice(String mapped, String inCatalog) {
        return "the database spells it \"" + inCatalog + "\" and quoted names match only in their exact case: declare it as \""
                + inCatalog + "\"";
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

    /**
     * How a value is bound whose column names its database type ({@code ColumnModel.sqlType()}):
     * as JDBC binds its Java type ({@code PLAIN}), as untyped text the server converts to the
     * column's type ({@code UNTYPED}: PostgreSQL's enum types, inet, interval, ...), or as a
     * PostgreSQL bit string ({@code BIT_STRING}: bit(n) and bit varying), or as the unsigned number
     * of the bits ({@code BIT_NUMBER}: MySQL's BIT(n), which a binary string reaches in an INSERT
     * but not in a comparison). ANSI: plain.
     */
    public NativeBinding nativeBinding(ColumnType type, String sqlType) {
        return NativeBinding.PLAIN;
    }

    /** See {@link #nativeBinding}. */
    public enum NativeBinding { PLAIN, UNTYPED, BIT_STRING, BIT_NUMBER }

    /**
     * The element type name given to {@code Connection.createArrayOf} for an array column (Java
     * {@code Integer[]}, {@code String[]}, ...): from the declared type ({@code int4[]},
     * {@code _text}, {@code integer array}), else from the Java element type; null when the
     * database has no array columns.
     */
    public String arrayColumnElementType(String sqlType, Class<?> elementType) {
        String declared = sqlType.trim();
        String lower = declared.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("[]")) {
            return declared.substring(0, declared.length() - 2).trim();
        } else if (lower.endsWith(" array")) {
            return declared.substring(0, declared.length() - " array".length()).trim();
        } else if (declared.startsWith("_")) {
            return declared.substring(1);
        }
        return ColumnType.forJavaType(elementType).map(this::arrayElementType).orElse(null);
    }

    /** The base name of a declared type, lower case, without length, precision or array marks: {@code bit varying(8)} is {@code bit varying}. */
    protected static String baseTypeName(String sqlType) {
        String s = sqlType.trim().toLowerCase(java.util.Locale.ROOT);
        int paren = s.indexOf('(');
        return (paren < 0 ? s : s.substring(0, paren)).trim();
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

    /**
     * A statement that makes the session's connection read and write instants in UTC, run when the
     * session takes a connection and the model maps a timestamp with time zone; null when none is
     * needed. {@link #restoreTimeZoneStatement()} undoes it before the connection goes back.
     */
    public String utcTimeZoneStatement() {
        return null;
    }

    /** Undoes {@link #utcTimeZoneStatement()}. */
    public String restoreTimeZoneStatement() {
        return null;
    }

    /**
     * Whether an INSERT can hand back, per row and in a JDBC batch, the values of any columns
     * named (the generated key, columns filled by their default, computed columns): by RETURNING
     * or generated keys by name. Otherwise only the generated key comes back, and the other
     * values are read again by primary key.
     */
    public boolean returnsColumnsOnInsert() {
        return false;
    }

    /** Appends what follows {@code INSERT INTO t} when every value comes from the database. ANSI: {@code DEFAULT VALUES}. */
    public void defaultValues(SqlBuilder sql) {
        sql.sql(" DEFAULT VALUES");
    }

    /** Whether a row whose foreign key refers to the row itself can be deleted as it is. */
    public boolean deletesRowsReferringToThemselves() {
        return true;
    }

    /** How many rows one JDBC batch of a flush holds at most. */
    public int writeBatchSize() {
        return 1000;
    }

    /**
     * Whether window functions ({@code ROW_NUMBER() OVER (PARTITION BY …)}) work: they give
     * filtered includes their per-owner limit.
     */
    public boolean supportsWindowFunctions() {
        return true;
    }

    /**
     * The JDBC fetch size that makes a driver stream a result at about {@code rows} rows per round
     * trip (PostgreSQL needs auto-commit off, which the session's transaction gives).
     */
    public int streamingFetchSize(int rows) {
        return rows;
    }

    /** The most parameters one statement may bind (the driver's or the server's limit). */
    public int maxParameters() {
        return Integer.MAX_VALUE;
    }

    /**
     * The SQL type name of an array of this column type, when a one-column IN list is better bound
     * as one array ({@code c = ANY(?)}); null when the database has no such arrays or the type is
     * not one of them.
     */
    public String arrayElementType(ColumnType type) {
        return null;
    }

    /**
     * Whether an IN list of {@code size} values of this type is rendered as {@code c = ANY(?)} with
     * one array parameter rather than one parameter per value.
     */
    public boolean inListAsArray(int size, ColumnType type) {
        return false;
    }

    /**
     * Appends an upsert of one row: insert it, or, when a row with the same {@code conflict}
     * columns exists, set {@code update} on that row instead ({@code update} is never empty).
     * The ANSI default is standard MERGE.
     */
    public void upsert(SqlBuilder b, TableModel table, List<ColumnModel> columns, List<Object> values,
                       List<ColumnModel> conflict, List<ColumnModel> update) {
        b.sql("MERGE INTO ").table(table).sql(" ").identifier("t").sql(" USING (VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").param(values.get(i), columns.get(i));
        }
        b.sql(")) ").identifier("s").sql(" (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        b.sql(") ON ");
        for (int i = 0; i < conflict.size(); i++) {
            b.sql(i == 0 ? "" : " AND ").qualified("t", conflict.get(i).name()).sql(" = ").qualified("s", conflict.get(i).name());
        }
        b.sql(" WHEN MATCHED THEN UPDATE SET ");
        for (int i = 0; i < update.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(update.get(i).name()).sql(" = ").qualified("s", update.get(i).name());
        }
        b.sql(" WHEN NOT MATCHED THEN INSERT (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        b.sql(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").qualified("s", columns.get(i).name());
        }
        b.sql(")");
    }

    /** {@code INSERT INTO t (a, b) VALUES (?, ?)}, the start of the upserts that extend an INSERT. */
    protected static void insertValues(SqlBuilder b, TableModel table, List<ColumnModel> columns, List<Object> values) {
        b.sql("INSERT INTO ").table(table).sql(" (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        b.sql(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            b.sql(i == 0 ? "" : ", ").param(values.get(i), columns.get(i));
        }
        b.sql(")");
    }

    @Override
    public String toString() {
        return name();
    }
}
