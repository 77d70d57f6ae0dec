package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaResolutionTest {
    private static final DatabaseProduct PG = new DatabaseProduct("PostgreSQL", "15.20");

    @Test
    void exactNameThenTheOnlyOneEqualIgnoringCase() {
        List<String> h2 = List.of("INFORMATION_SCHEMA", "PUBLIC", "Sales", "sales");
        assertThat(SchemaResolution.resolve("PUBLIC", "PUBLIC", h2, h2, "schema", PG)).isEqualTo("PUBLIC");
        assertThat(SchemaResolution.resolve("public", "PUBLIC", h2, h2, "schema", PG)).isEqualTo("PUBLIC");
        assertThat(SchemaResolution.resolve("sales", "PUBLIC", h2, h2, "schema", PG)).isEqualTo("sales");
        assertThatThrownBy(() -> SchemaResolution.resolve("SALES", "PUBLIC", h2, h2, "schema", PG))
                .hasMessageStartingWith("Unknown schema \"SALES\"");
    }

    @Test
    void noneNamedMeansTheCurrentOne() {
        assertThat(SchemaResolution.resolve(null, "app", List.of("app"), List.of("app"), "database", PG)).isEqualTo("app");
        assertThat(SchemaResolution.resolve(" ", "app", List.of("app"), List.of("app"), "database", PG)).isEqualTo("app");
        assertThatThrownBy(() -> SchemaResolution.resolve(null, null, List.of("a", "b"), List.of("a", "b"), "database",
                new DatabaseProduct("MariaDB", "10.11.19")))
                .isInstanceOf(IntrospectionException.class)
                .hasMessage("The connection to MariaDB has no current database; set metalorm.schema to one of: a, b.");
    }

    @Test
    void theListIsCutAfterTen() {
        List<String> many = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("s%02d", i)).toList();
        assertThatThrownBy(() -> SchemaResolution.resolve("x", null, many, many, "schema", PG))
                .hasMessage("Unknown schema \"x\" on PostgreSQL; available schemas: s01, s02, s03, s04, s05, s06, s07,"
                        + " s08, s09, s10 and 2 more. Check metalorm.schema.");
        assertThatThrownBy(() -> SchemaResolution.resolve("x", null, List.of(), List.of(), "schema", PG))
                .hasMessage("Unknown schema \"x\" on PostgreSQL; available schemas: (none). Check metalorm.schema.");
    }

    @Test
    void driverMessagesAreKeptOnOneLine() {
        assertThat(SchemaResolution.oneLine(new SQLException("ERROR: permission denied for table pg_class\n  Position: 14")))
                .isEqualTo("ERROR: permission denied for table pg_class Position: 14");
        assertThat(SchemaResolution.oneLine(new SQLException("Access denied."))).isEqualTo("Access denied");
        assertThat(SchemaResolution.oneLine(new SQLException())).isEqualTo("SQLException");
    }
}
