package dev.metalorm.maven.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.metadata.ColumnType;
import java.sql.Types;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TypeMappingTest {

    /** jdbcType, nativeType, size, expected Java type. */
    private static final String[] KNOWN = {
            Types.BOOLEAN + ", boolean, 1, java.lang.Boolean",
            Types.BIT + ", bool, 1, java.lang.Boolean",
            Types.BIT + ", bit, 1, java.lang.Boolean",
            Types.BIT + ", bit, 8, byte[]",
            Types.BIT + ", tinyint, 1, java.lang.Boolean",
            Types.TINYINT + ", tinyint, 3, java.lang.Integer",
            Types.SMALLINT + ", smallint, 5, java.lang.Integer",
            Types.SMALLINT + ", int2, 5, java.lang.Integer",
            Types.INTEGER + ", mediumint, 7, java.lang.Integer",
            Types.INTEGER + ", int, 10, java.lang.Integer",
            Types.INTEGER + ", int4, 10, java.lang.Integer",
            Types.INTEGER + ", serial, 10, java.lang.Integer",
            Types.INTEGER + ", int unsigned, 10, java.lang.Long",
            Types.BIGINT + ", bigint, 19, java.lang.Long",
            Types.BIGINT + ", int8, 19, java.lang.Long",
            Types.BIGINT + ", bigserial, 19, java.lang.Long",
            Types.BIGINT + ", bigint unsigned, 20, java.math.BigInteger",
            Types.DECIMAL + ", decimal, 10, java.math.BigDecimal",
            Types.NUMERIC + ", numeric, 10, java.math.BigDecimal",
            Types.REAL + ", float4, 8, java.lang.Float",
            Types.REAL + ", float, 12, java.lang.Float",
            Types.DOUBLE + ", float8, 17, java.lang.Double",
            Types.DOUBLE + ", double, 22, java.lang.Double",
            Types.DOUBLE + ", double precision, 17, java.lang.Double",
            Types.CHAR + ", char, 2, java.lang.String",
            Types.CHAR + ", bpchar, 2, java.lang.String",
            Types.VARCHAR + ", varchar, 255, java.lang.String",
            Types.LONGVARCHAR + ", text, 0, java.lang.String",
            Types.LONGVARCHAR + ", longtext, 0, java.lang.String",
            Types.CLOB + ", clob, 0, java.lang.String",
            Types.CHAR + ", enum, 5, java.lang.String",
            Types.CHAR + ", set, 5, java.lang.String",
            Types.LONGVARCHAR + ", json, 0, java.lang.String",
            Types.OTHER + ", jsonb, 0, java.lang.String",
            Types.DATE + ", date, 10, java.time.LocalDate",
            Types.DATE + ", year, 4, java.lang.Integer",
            Types.TIME + ", time, 8, java.time.LocalTime",
            Types.TIMESTAMP + ", timestamp, 26, java.time.LocalDateTime",
            Types.TIMESTAMP + ", datetime, 19, java.time.LocalDateTime",
            Types.TIMESTAMP + ", timestamptz, 35, java.time.OffsetDateTime",
            Types.TIMESTAMP_WITH_TIMEZONE + ", timestamp with time zone, 35, java.time.OffsetDateTime",
            Types.OTHER + ", uuid, 0, java.util.UUID",
            Types.BINARY + ", uuid, 16, java.util.UUID",
            Types.BINARY + ", binary, 16, byte[]",
            Types.VARBINARY + ", varbinary, 16, byte[]",
            Types.LONGVARBINARY + ", longblob, 0, byte[]",
            Types.BINARY + ", bytea, 0, byte[]",
            Types.BLOB + ", blob, 0, byte[]",
            Types.VARCHAR + ", character varying, 20, java.lang.String",
            Types.INTEGER + ", some_int_domain, 10, java.lang.Integer",
    };

    static Stream<Arguments> knownTypes() {
        return Arrays.stream(KNOWN).map(row -> {
            String[] f = row.split(", ");
            return Arguments.of(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), f[3]);
        });
    }

    @ParameterizedTest(name = "{1} size {2} (JDBC {0}) -> {3}")
    @MethodSource("knownTypes")
    void knownTypesMapWithoutWarning(int jdbcType, String nativeType, int size, String expected) {
        TypeMapping.Mapping m = TypeMapping.map("t", column(jdbcType, nativeType, size), null);
        assertThat(m.type().toString()).isEqualTo(expected);
        assertThat(m.warning()).isNull();
    }

    @ParameterizedTest(name = "{1} (JDBC {0}) -> {2} with a warning")
    @CsvSource({
            Types.TIME + ", timetz, java.lang.String",
            Types.ARRAY + ", _geometry, java.lang.String",
            Types.ARRAY + ", _bytea, java.lang.String",
            Types.BINARY + ", geometry, byte[]",
            Types.STRUCT + ", some_composite, java.lang.String",
    })
    void unknownTypesFallBackWithAWarning(int jdbcType, String nativeType, String expected) {
        TypeMapping.Mapping m = TypeMapping.map("places", column(jdbcType, nativeType, 0), null);
        assertThat(m.type().toString()).isEqualTo(expected);
        assertThat(m.warning()).isEqualTo("type " + nativeType + " (JDBC type " + jdbcType + ") has no Java mapping; mapped to "
                + (expected.equals("byte[]") ? "byte[]" : "String")
                + ". Choose another with <javaType> for column c of <table> places in the plugin configuration.");
    }

    /** jdbcType, nativeType, size, Java type, sqlType rendered: what the runtime binds by its database type. */
    @ParameterizedTest(name = "{1} size {2} -> {3} with sqlType {4}")
    @CsvSource({
            Types.OTHER + ", interval, 0, java.lang.String, interval",
            Types.OTHER + ", inet, 0, java.lang.String, inet",
            Types.OTHER + ", cidr, 0, java.lang.String, cidr",
            Types.OTHER + ", macaddr, 0, java.lang.String, macaddr",
            Types.OTHER + ", tsvector, 0, java.lang.String, tsvector",
            Types.STRUCT + ", point, 0, java.lang.String, point",
            Types.DOUBLE + ", money, 0, java.lang.String, money",
            Types.SQLXML + ", xml, 0, java.lang.String, xml",
            Types.VARCHAR + ", mood, 0, java.lang.String, mood",
            Types.ARRAY + ", _int4, 0, java.lang.Integer[], _int4",
            Types.ARRAY + ", _int8, 0, java.lang.Long[], _int8",
            Types.ARRAY + ", _text, 0, java.lang.String[], _text",
            Types.ARRAY + ", _varchar, 0, java.lang.String[], _varchar",
            Types.ARRAY + ", _numeric, 0, java.math.BigDecimal[], _numeric",
            Types.ARRAY + ", _uuid, 0, java.util.UUID[], _uuid",
            Types.ARRAY + ", _inet, 0, java.lang.String[], _inet",
            Types.BIT + ", bit, 0, java.lang.Boolean, bit(1)",
            Types.BIT + ", bit, 8, byte[], bit(8)",
            Types.BIT + ", bit, 12, byte[], bit(12)",
            Types.BIT + ", varbit, 0, byte[], varbit",
            Types.BIT + ", varbit, 64, byte[], varbit(64)",
    })
    void nativeTypesCarryTheirSqlType(int jdbcType, String nativeType, int size, String javaType, String sqlType) {
        TypeMapping.Mapping m = TypeMapping.map("t", column(jdbcType, nativeType, size), null);
        assertThat(m.type().toString()).isEqualTo(javaType);
        assertThat(m.sqlType()).isEqualTo(sqlType);
        assertThat(m.warning()).isNull();
    }

    @ParameterizedTest(name = "{1} needs no sqlType")
    @CsvSource({Types.VARCHAR + ", varchar", Types.CHAR + ", enum", Types.CHAR + ", set", Types.OTHER + ", jsonb",
            Types.INTEGER + ", int4", Types.BIGINT + ", bigint unsigned", Types.BIT + ", tinyint", Types.OTHER + ", uuid",
            Types.VARCHAR + ", character varying", Types.BINARY + ", bytea"})
    void plainTypesNeedNoSqlType(int jdbcType, String nativeType) {
        assertThat(TypeMapping.map("t", column(jdbcType, nativeType, 1), null).sqlType()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"java.time.Instant, java.time.Instant", "byte[], byte[]", "com.acme.Money[], com.acme.Money[]",
            "java.util.Map.Entry, java.util.Map.Entry"})
    void overrideWins(String override, String expected) {
        TypeMapping.Mapping m = TypeMapping.map("t", column(Types.OTHER, "interval", 0), override);
        assertThat(m.type().toString()).isEqualTo(expected);
        assertThat(m.warning()).isNull();
    }

    private static ColumnSnapshot column(int jdbcType, String nativeType, int size) {
        return new ColumnSnapshot("c", 1, jdbcType, nativeType, size, 0, true, null, false, "");
    }

    @ParameterizedTest(name = "{1} size {2} -> {3} is a runtime type")
    @MethodSource("knownTypes")
    void everyMappedTypeIsOneTheRuntimeMaps(int jdbcType, String nativeType, int size, String expected) throws Exception {
        String type = TypeMapping.map("t", column(jdbcType, nativeType, size), null).type().toString();
        Class<?> javaType = type.equals("byte[]") ? byte[].class
                : type.endsWith("[]") ? Class.forName("[L" + type.substring(0, type.length() - 2) + ";") : Class.forName(type);
        assertThat(ColumnType.forJavaType(javaType)).as("runtime column type for %s", type).isPresent();
    }
}
