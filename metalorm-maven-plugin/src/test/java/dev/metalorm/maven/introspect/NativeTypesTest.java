package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.junit.jupiter.api.Test;

/** The mapping cases the database tests cannot reach (MySQL 8 spellings, unsigned tinyint(1), composite types). */
class NativeTypesTest {
    @Test
    void mySql() {
        assertThat(NativeTypes.mysql("tinyint", "tinyint(1)")).isEqualTo(Types.BIT);
        assertThat(NativeTypes.mysql("tinyint", "tinyint(1) unsigned")).isEqualTo(Types.TINYINT);
        assertThat(NativeTypes.mysql("tinyint", "tinyint")).isEqualTo(Types.TINYINT); // MySQL 8.0.19+ drops display widths
        assertThat(NativeTypes.mysql("json", "json")).isEqualTo(Types.LONGVARCHAR);
        assertThat(NativeTypes.mysql("INT", "INT(11)")).isEqualTo(Types.INTEGER);
        assertThat(NativeTypes.mysql("point", "point")).isEqualTo(Types.BINARY);
        assertThat(NativeTypes.mysql("uuid", "uuid")).isEqualTo(Types.OTHER);
        assertThat(NativeTypes.mysqlName("int", "int(10) unsigned")).isEqualTo("int unsigned");
        assertThat(NativeTypes.mysqlName("BIGINT", "bigint(20)")).isEqualTo("bigint");
    }

    @Test
    void postgres() {
        assertThat(NativeTypes.postgres("_text", "b", "A")).isEqualTo(Types.ARRAY);
        assertThat(NativeTypes.postgres("mood", "e", "E")).isEqualTo(Types.VARCHAR);
        assertThat(NativeTypes.postgres("address", "c", "C")).isEqualTo(Types.STRUCT);
        assertThat(NativeTypes.postgres("timestamptz", "b", "D")).isEqualTo(Types.TIMESTAMP);
        assertThat(NativeTypes.postgres("inet", "b", "I")).isEqualTo(Types.OTHER);
    }

    @Test
    void sizeAndScaleOnlyWhereDeclared() {
        assertThat(NativeTypes.hasLength(Types.VARCHAR)).isTrue();
        assertThat(NativeTypes.hasLength(Types.LONGVARCHAR)).isFalse();
        assertThat(NativeTypes.hasLength(Types.INTEGER)).isFalse();
        assertThat(NativeTypes.hasPrecision(Types.NUMERIC)).isTrue();
        assertThat(NativeTypes.hasPrecision(Types.DOUBLE)).isFalse();
    }
}
