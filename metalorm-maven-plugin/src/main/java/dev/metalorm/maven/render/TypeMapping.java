package dev.metalorm.maven.render;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * SQL column type → Java field type. Always a wrapper or reference type, so a NULL column has a
 * value to map to. The database's native type name decides first (it is more precise), then the
 * JDBC type:
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>SQL</th><th>Java</th></tr>
 *   <tr><td>boolean, bool, bit / bit(1), tinyint(1)</td><td>Boolean</td></tr>
 *   <tr><td>tinyint, smallint, int2, mediumint, int, integer, int4, serial, smallserial</td><td>Integer
 *       (tinyint and smallint too: one small-integer type is simpler to work with than Byte/Short)</td></tr>
 *   <tr><td>int unsigned, mediumint unsigned</td><td>Long</td></tr>
 *   <tr><td>bigint, int8, bigserial</td><td>Long</td></tr>
 *   <tr><td>bigint unsigned</td><td>BigInteger</td></tr>
 *   <tr><td>decimal, numeric (any scale)</td><td>BigDecimal</td></tr>
 *   <tr><td>real, float4</td><td>Float</td></tr>
 *   <tr><td>double, double precision, float8, float</td><td>Double (MySQL reports its 4-byte float as REAL: Float)</td></tr>
 *   <tr><td>char, varchar, text kinds, clob, enum, set, json, jsonb, xml, citext</td><td>String</td></tr>
 *   <tr><td>date</td><td>LocalDate</td></tr>
 *   <tr><td>time</td><td>LocalTime</td></tr>
 *   <tr><td>timestamp, datetime</td><td>LocalDateTime</td></tr>
 *   <tr><td>timestamptz, timestamp with time zone</td><td>OffsetDateTime</td></tr>
 *   <tr><td>year</td><td>Integer</td></tr>
 *   <tr><td>uuid</td><td>UUID</td></tr>
 *   <tr><td>binary, varbinary, blob kinds, bytea, bit(n &gt; 1), varbit</td><td>byte[]</td></tr>
 *   <tr><td>PostgreSQL inet, cidr, macaddr, point, interval, money, tsvector, xml, ranges, … and enum types</td>
 *       <td>String, with {@code @Column(sqlType)} so the runtime binds the text untyped</td></tr>
 *   <tr><td>PostgreSQL arrays ({@code _int4}, {@code _text}, …) of a mapped element type</td><td>that type's array
 *       ({@code Integer[]}, {@code String[]}), with {@code sqlType}</td></tr>
 *   <tr><td>anything else (geometry, …)</td><td>String for text-like and
 *       unknown types, byte[] for binary JDBC types, with a warning naming the column and the
 *       {@code <javaType>} override</td></tr>
 * </table>
 *
 * Columns whose binding depends on the database's type (bit strings, the PostgreSQL types above,
 * arrays) get {@code @Column(sqlType = "…")}: see {@link Mapping#sqlType()}.
 */
public final class TypeMapping {
    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);
    private static final TypeName STRING = ClassName.get(String.class);
    private static final TypeName INTEGER = ClassName.get(Integer.class);
    private static final TypeName LONG = ClassName.get(Long.class);
    private static final TypeName BOOLEAN = ClassName.get(Boolean.class);

    private static final Set<String> STRINGS = Set.of("char", "character", "bpchar", "varchar", "character varying",
            "nchar", "nvarchar", "varchar2", "nvarchar2", "text", "tinytext", "mediumtext", "longtext", "clob", "nclob",
            "character large object", "enum", "set", "json", "jsonb", "xml", "citext", "name", "varchar_ignorecase");
    /** PostgreSQL types a String reaches as untyped text (no warning: they round trip as their text form). */
    private static final Set<String> NATIVE_TEXT = Set.of("inet", "cidr", "macaddr", "macaddr8", "point", "line", "lseg",
            "box", "path", "polygon", "circle", "interval", "money", "tsvector", "tsquery", "int4range", "int8range",
            "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn", "txid_snapshot", "xml", "citext");
    /** Text types a varchar parameter reaches as it is: no sqlType needed. */
    private static final Set<String> PLAIN_TEXT = Set.of("char", "character", "bpchar", "varchar", "character varying",
            "nchar", "nvarchar", "varchar2", "nvarchar2", "text", "tinytext", "mediumtext", "longtext", "clob", "nclob",
            "character large object", "enum", "set", "json", "jsonb", "name", "varchar_ignorecase");
    private static final Set<String> BINARIES = Set.of("binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob",
            "bytea", "binary varying", "binary large object", "raw", "long raw");

    /**
     * The mapping of one column.
     *
     * @param type the field type
     * @param warning null, or the reason the type is a fallback (one sentence, names the override)
     * @param sqlType the database type to render as {@code @Column(sqlType)} ({@code bit(8)},
     *        {@code inet}, {@code mood}, {@code _int4}), null when the Java type says enough
     */
    public record Mapping(TypeName type, String warning, String sqlType) {
        public Mapping(TypeName type, String warning) {
            this(type, warning, null);
        }
    }

    private TypeMapping() {
    }

    /**
     * @param table the column's table, for the warning
     * @param column the column
     * @param override fully-qualified type from the configuration, or null; wins over everything
     */
    public static Mapping map(String table, ColumnSnapshot column, String override) {
        if (override != null) {
            return new Mapping(parse(override), null);
        }
        String nativeType = column.nativeType().toLowerCase(Locale.ROOT).trim();
        if (column.jdbcType() == Types.ARRAY || nativeType.startsWith("_")) {
            TypeName element = arrayElement(column);
            if (element != null) {
                return new Mapping(ArrayTypeName.of(element), null, column.nativeType());
            }
        }
        TypeName known = known(column);
        if (known != null) {
            return new Mapping(known, null, sqlType(column, known));
        }
        if (NATIVE_TEXT.contains(nativeType)) {
            return new Mapping(STRING, null, column.nativeType());
        }
        TypeName fallback = switch (column.jdbcType()) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            default -> STRING;
        };
        return new Mapping(fallback, "type " + column.nativeType() + " (JDBC type " + column.jdbcType() + ") has no Java mapping;"
                + " mapped to " + (fallback == BYTES ? "byte[]" : "String")
                + ". Choose another with <javaType> for column " + column.name() + " of <table> " + table + " in the plugin configuration.",
                null);
    }

    /**
     * The sqlType a mapped column needs: bit strings (their width decides how PostgreSQL and MySQL
     * bind a byte[] or Boolean) and String columns of a type that is not plain text (PostgreSQL
     * enum types, xml, citext, …), which the runtime binds untyped.
     */
    private static String sqlType(ColumnSnapshot column, TypeName javaType) {
        String base = column.nativeType().toLowerCase(Locale.ROOT).replace("unsigned", "").trim();
        if (base.equals("bit")) {
            return "bit(" + Math.max(1, column.size()) + ")";
        }
        if (base.equals("varbit") || base.equals("bit varying")) {
            return column.size() > 0 ? "varbit(" + column.size() + ")" : "varbit";
        }
        if (javaType.equals(STRING) && !PLAIN_TEXT.contains(base) && !TypeMapping.isJson(column)) {
            return column.nativeType();
        }
        return null;
    }

    /** The Java element type of a PostgreSQL array ({@code _int4} → Integer), or null when its elements do not map. */
    private static TypeName arrayElement(ColumnSnapshot column) {
        String nativeType = column.nativeType().trim();
        if (!nativeType.startsWith("_")) {
            return null;
        }
        String element = nativeType.substring(1);
        TypeName known = known(new ColumnSnapshot(column.name(), column.ordinal(), Types.OTHER, element, 0, 0, true, null,
                false, ""));
        if (known == null && NATIVE_TEXT.contains(element.toLowerCase(Locale.ROOT))) {
            known = STRING;
        }
        // byte[][] and Boolean from bit arrays are not runtime array types
        return known == null || known.equals(BYTES) || element.equals("bit") ? null : known;
    }

    /** Whether the column holds JSON text, which the runtime binds as a document ({@code @Column(json = true)}). */
    public static boolean isJson(ColumnSnapshot column) {
        String nativeType = column.nativeType().toLowerCase(Locale.ROOT).trim();
        return nativeType.equals("json") || nativeType.equals("jsonb");
    }

    /** Parses {@code byte[]}, {@code java.time.Instant} or {@code com.acme.Money[]}. */
    static TypeName parse(String javaType) {
        if (javaType.equals("byte[]")) {
            return BYTES;
        }
        if (javaType.endsWith("[]")) {
            return ArrayTypeName.of(ClassName.bestGuess(javaType.substring(0, javaType.length() - 2)));
        }
        return ClassName.bestGuess(javaType);
    }

    private static TypeName known(ColumnSnapshot column) {
        String nativeType = column.nativeType().toLowerCase(Locale.ROOT).trim();
        boolean unsigned = nativeType.contains("unsigned");
        String base = nativeType.replace("unsigned", "").replace("zerofill", "").trim();
        switch (base) {
            case "boolean", "bool":
                return BOOLEAN;
            case "bit":
                return column.size() <= 1 ? BOOLEAN : BYTES;
            case "varbit", "bit varying":
                return BYTES;
            case "money":
                // text in lc_monetary's format, bound untyped: a Double would not reach money
                return STRING;
            case "tinyint":
                // MySQL's tinyint(1) is its boolean
                return column.size() == 1 || column.jdbcType() == Types.BIT || column.jdbcType() == Types.BOOLEAN ? BOOLEAN : INTEGER;
            case "smallint", "int2", "smallserial", "serial2", "year":
                return INTEGER;
            case "mediumint", "int", "integer", "int4", "serial", "serial4":
                return unsigned ? LONG : INTEGER;
            case "bigint", "int8", "bigserial", "serial8":
                return unsigned ? ClassName.get(BigInteger.class) : LONG;
            case "decimal", "numeric", "dec", "number":
                return ClassName.get(BigDecimal.class);
            case "real", "float4":
                return ClassName.get(Float.class);
            case "double", "double precision", "float8":
                return ClassName.get(Double.class);
            case "date":
                return ClassName.get(LocalDate.class);
            case "time", "time without time zone":
                return ClassName.get(LocalTime.class);
            case "timetz", "time with time zone":
                // no runtime type keeps the offset: the String fallback, with its warning
                return null;
            case "timestamp", "datetime", "timestamp without time zone":
                return ClassName.get(LocalDateTime.class);
            case "timestamptz", "timestamp with time zone":
                return ClassName.get(OffsetDateTime.class);
            case "uuid":
                return ClassName.get(UUID.class);
            default:
                break;
        }
        if (STRINGS.contains(base)) {
            return STRING;
        }
        if (BINARIES.contains(base)) {
            return BYTES;
        }
        return switch (column.jdbcType()) {
            case Types.BOOLEAN -> BOOLEAN;
            case Types.BIT -> column.size() <= 1 ? BOOLEAN : BYTES;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> INTEGER;
            case Types.BIGINT -> LONG;
            case Types.DECIMAL, Types.NUMERIC -> ClassName.get(BigDecimal.class);
            case Types.REAL -> ClassName.get(Float.class);
            case Types.FLOAT, Types.DOUBLE -> ClassName.get(Double.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> STRING;
            case Types.DATE -> ClassName.get(LocalDate.class);
            case Types.TIME -> ClassName.get(LocalTime.class);
            case Types.TIMESTAMP -> ClassName.get(LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> ClassName.get(OffsetDateTime.class);
            default -> null;
        };
    }
}
