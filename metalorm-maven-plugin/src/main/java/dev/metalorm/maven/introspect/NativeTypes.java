package dev.metalorm.maven.introspect;

import java.sql.Types;
import java.util.Locale;

/**
 * Native type name → {@link Types} for the bulk readers, chosen to agree with what the drivers report through
 * {@code DatabaseMetaData.getColumns} (Connector/J 9 with its defaults, pgjdbc 42.7), so that the bulk and the
 * SchemaCrawler readers describe a column alike:
 *
 * <table>
 * <caption>MySQL / MariaDB ({@code DATA_TYPE})</caption>
 * <tr><td>tinyint(1), boolean, bit</td><td>BIT (Connector/J's {@code tinyInt1isBit})</td></tr>
 * <tr><td>tinyint, smallint, mediumint/int, bigint (signed or not)</td><td>TINYINT, SMALLINT, INTEGER, BIGINT</td></tr>
 * <tr><td>float, double, decimal</td><td>REAL, DOUBLE, DECIMAL</td></tr>
 * <tr><td>char, enum, set / varchar, tinytext / text, mediumtext, longtext, json</td><td>CHAR / VARCHAR / LONGVARCHAR</td></tr>
 * <tr><td>binary / varbinary, tinyblob / blob, mediumblob, longblob / geometry types</td><td>BINARY / VARBINARY / LONGVARBINARY / BINARY</td></tr>
 * <tr><td>date, year / time / datetime, timestamp</td><td>DATE / TIME / TIMESTAMP</td></tr>
 * <tr><td>anything else (uuid, inet6, …)</td><td>OTHER</td></tr>
 * </table>
 *
 * <table>
 * <caption>PostgreSQL ({@code pg_type.typname}; domains take their base type's mapping)</caption>
 * <tr><td>bool, bit, varbit</td><td>BIT (as pgjdbc)</td></tr>
 * <tr><td>int2, int4, int8, oid</td><td>SMALLINT, INTEGER, BIGINT, BIGINT</td></tr>
 * <tr><td>float4, float8, money, numeric</td><td>REAL, DOUBLE, DOUBLE, NUMERIC</td></tr>
 * <tr><td>bpchar, char / varchar, text, name, enum types</td><td>CHAR / VARCHAR</td></tr>
 * <tr><td>bytea</td><td>BINARY</td></tr>
 * <tr><td>date / time, timetz / timestamp, timestamptz</td><td>DATE / TIME / TIMESTAMP</td></tr>
 * <tr><td>xml / arrays ({@code _int4}) / json, jsonb, uuid, others</td><td>SQLXML / ARRAY / OTHER</td></tr>
 * </table>
 */
final class NativeTypes {
    private NativeTypes() {
    }

    /**
     * @param dataType information_schema {@code DATA_TYPE}, e.g. "int"
     * @param columnType information_schema {@code COLUMN_TYPE}, e.g. "int(10) unsigned", "tinyint(1)"
     */
    static int mysql(String dataType, String columnType) {
        String t = dataType.toLowerCase(Locale.ROOT);
        String full = columnType == null ? t : columnType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "bit", "bool", "boolean" -> Types.BIT;
            case "tinyint" -> full.startsWith("tinyint(1)") && !full.contains("unsigned") ? Types.BIT : Types.TINYINT;
            case "smallint" -> Types.SMALLINT;
            case "mediumint", "int", "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "float" -> Types.REAL;
            case "double", "double precision", "real" -> Types.DOUBLE;
            case "decimal", "numeric", "dec", "fixed" -> Types.DECIMAL;
            case "char", "enum", "set" -> Types.CHAR;
            case "varchar", "tinytext" -> Types.VARCHAR;
            case "text", "mediumtext", "longtext", "json" -> Types.LONGVARCHAR;
            case "binary" -> Types.BINARY;
            case "varbinary", "tinyblob" -> Types.VARBINARY;
            case "blob", "mediumblob", "longblob" -> Types.LONGVARBINARY;
            case "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                 "geometrycollection" -> Types.BINARY;
            case "date", "year" -> Types.DATE;
            case "time" -> Types.TIME;
            case "datetime", "timestamp" -> Types.TIMESTAMP;
            default -> Types.OTHER;
        };
    }

    /** The native type name: {@code DATA_TYPE} plus " unsigned" when the column is unsigned ("int unsigned"). */
    static String mysqlName(String dataType, String columnType) {
        String t = dataType.toLowerCase(Locale.ROOT);
        return columnType != null && columnType.toLowerCase(Locale.ROOT).contains(" unsigned") ? t + " unsigned" : t;
    }

    /**
     * @param typname {@code pg_type.typname} of the column's type, or of the base type for a domain
     * @param typtype {@code pg_type.typtype} ('b' base, 'e' enum, 'd' domain, 'c' composite, …)
     * @param category {@code pg_type.typcategory} ('A' for arrays)
     */
    static int postgres(String typname, String typtype, String category) {
        if ("A".equals(category)) {
            return Types.ARRAY;
        }
        if ("e".equals(typtype)) {
            return Types.VARCHAR;
        }
        if ("c".equals(typtype)) {
            return Types.STRUCT;
        }
        return switch (typname) {
            case "bool", "bit", "varbit" -> Types.BIT;
            case "int2" -> Types.SMALLINT;
            case "int4" -> Types.INTEGER;
            case "int8", "oid" -> Types.BIGINT;
            case "float4" -> Types.REAL;
            case "float8", "money" -> Types.DOUBLE;
            case "numeric" -> Types.NUMERIC;
            case "bpchar", "char" -> Types.CHAR;
            case "varchar", "text", "name" -> Types.VARCHAR;
            case "bytea" -> Types.BINARY;
            case "date" -> Types.DATE;
            case "time", "timetz" -> Types.TIME;
            case "timestamp", "timestamptz" -> Types.TIMESTAMP;
            case "xml" -> Types.SQLXML;
            default -> Types.OTHER;
        };
    }

    /** Whether the type has a declared length (size): character and binary strings with a length. */
    static boolean hasLength(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY -> true;
            default -> false;
        };
    }

    /**
     * The size to record for a bit string type: its number of bits when more than one (BIT(8),
     * bit(3), varbit(64)), else 0, so a one-bit column reads alike from every reader and maps to
     * Boolean, a wider one to byte[] (issue 16 item 3).
     */
    static int bitLength(String nativeType, long bits) {
        String t = nativeType.toLowerCase(Locale.ROOT);
        boolean bitString = t.equals("bit") || t.equals("varbit") || t.equals("bit varying");
        return bitString && bits > 1 && bits < Integer.MAX_VALUE ? (int) bits : 0;
    }

    /** Whether the type has a precision and scale: exact numerics. */
    static boolean hasPrecision(int jdbcType) {
        return jdbcType == Types.DECIMAL || jdbcType == Types.NUMERIC;
    }

    /** Whether the type is a number or a bit (its literals are written bare). */
    static boolean isNumeric(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL,
                 Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }
}
