package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {
    @Test
    void mariaDbInformationSchema() {
        assertThat(DefaultValues.mariaDb(null)).isNull();
        assertThat(DefaultValues.mariaDb("NULL")).isNull();
        assertThat(DefaultValues.mariaDb("'NULL'")).isEqualTo("'NULL'");
        assertThat(DefaultValues.mariaDb("'it''s'")).isEqualTo("'it''s'");
        assertThat(DefaultValues.mariaDb("current_timestamp()")).isEqualTo("current_timestamp()");
        assertThat(DefaultValues.mariaDb("-1")).isEqualTo("-1");
    }

    @Test
    void mySql8InformationSchema() {
        assertThat(DefaultValues.mySql("draft", "", Types.VARCHAR)).isEqualTo("'draft'");
        assertThat(DefaultValues.mySql("it's", "", Types.VARCHAR)).isEqualTo("'it''s'");
        assertThat(DefaultValues.mySql("0", "", Types.INTEGER)).isEqualTo("0");
        assertThat(DefaultValues.mySql("CURRENT_TIMESTAMP", "DEFAULT_GENERATED", Types.TIMESTAMP)).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(DefaultValues.mySql(null, "", Types.VARCHAR)).isNull();
    }

    @Test
    void postgresCastsAreDropped() {
        assertThat(DefaultValues.postgres("'x'::character varying", Types.VARCHAR)).isEqualTo("'x'");
        assertThat(DefaultValues.postgres("'it''s'::text", Types.VARCHAR)).isEqualTo("'it''s'");
        assertThat(DefaultValues.postgres("'-1'::integer", Types.SMALLINT)).isEqualTo("-1");
        assertThat(DefaultValues.postgres("'2020-01-01'::date", Types.DATE)).isEqualTo("'2020-01-01'");
        assertThat(DefaultValues.postgres("NULL::character varying", Types.VARCHAR)).isNull();
        assertThat(DefaultValues.postgres("1.50", Types.NUMERIC)).isEqualTo("1.50");
        assertThat(DefaultValues.postgres("now()", Types.TIMESTAMP)).isEqualTo("now()");
        assertThat(DefaultValues.postgres("CURRENT_TIMESTAMP", Types.TIMESTAMP)).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(DefaultValues.postgres("false", Types.BIT)).isEqualTo("false");
        assertThat(DefaultValues.postgres(null, Types.BIT)).isNull();
    }

    @Test
    void connectorJMetadataIsRequoted() {
        assertThat(DefaultValues.connectorJ("draft", Types.VARCHAR)).isEqualTo("'draft'");
        assertThat(DefaultValues.connectorJ("it's", Types.VARCHAR)).isEqualTo("'it''s'");
        assertThat(DefaultValues.connectorJ("2020-01-01", Types.DATE)).isEqualTo("'2020-01-01'");
        assertThat(DefaultValues.connectorJ("current_timestamp()", Types.TIMESTAMP)).isEqualTo("current_timestamp()");
        assertThat(DefaultValues.connectorJ("1.5", Types.DECIMAL)).isEqualTo("1.5");
        assertThat(DefaultValues.connectorJ("NULL", Types.VARCHAR)).isNull();
        assertThat(DefaultValues.connectorJ(null, Types.VARCHAR)).isNull();
    }
}
