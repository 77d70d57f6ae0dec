package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class IntrospectorsTest {
    @Test
    void parsesThePropertyValue() {
        assertThat(IntrospectorChoice.parse(null)).isEqualTo(IntrospectorChoice.AUTO);
        assertThat(IntrospectorChoice.parse(" ")).isEqualTo(IntrospectorChoice.AUTO);
        assertThat(IntrospectorChoice.parse("SQL")).isEqualTo(IntrospectorChoice.SQL);
        assertThat(IntrospectorChoice.parse(" schemacrawler ")).isEqualTo(IntrospectorChoice.SCHEMACRAWLER);
        assertThatThrownBy(() -> IntrospectorChoice.parse("jdbc"))
                .isInstanceOf(IntrospectionException.class)
                .hasMessage("Unknown introspector \"jdbc\". Set metalorm.introspector to one of auto, sql, schemacrawler.");
    }

    @AllDatabases
    void autoUsesBulkSqlWhereItExists(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Class<?> expected = switch (db.kind()) {
                case H2 -> SchemaCrawlerIntrospector.class;
                case MYSQL -> MySqlIntrospector.class;
                case POSTGRES -> PostgresIntrospector.class;
            };
            assertThat(Introspectors.forConnection(c, IntrospectorChoice.AUTO)).isInstanceOf(expected);
            assertThat(Introspectors.forConnection(c, IntrospectorChoice.SCHEMACRAWLER)).isInstanceOf(SchemaCrawlerIntrospector.class);
            if (db.kind() != DatabaseKind.H2) {
                assertThat(Introspectors.forConnection(c, IntrospectorChoice.SQL)).isInstanceOf(expected);
            }
        }
    }

    @AllDatabases(DatabaseKind.H2)
    void sqlOnADatabaseWithoutBulkReaderNamesTheProperty(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> Introspectors.forConnection(c, IntrospectorChoice.SQL))
                    .isInstanceOf(IntrospectionException.class)
                    .hasMessage("There is no bulk SQL introspector for H2 (only MySQL, MariaDB and PostgreSQL)."
                            + " Set metalorm.introspector to auto or schemacrawler.");
        }
    }

    @AllDatabases
    void aFailedReadIsOneLine(TestDatabase db) throws Exception {
        Connection c = db.connect();
        Introspector introspector = Introspectors.forConnection(c, IntrospectorChoice.AUTO);
        c.close();
        assertThatThrownBy(() -> introspector.read(c, Snapshots.all()))
                .isInstanceOf(IntrospectionException.class)
                .hasMessageStartingWith("Cannot read ")
                .hasMessageNotContaining("\n");
    }
}
