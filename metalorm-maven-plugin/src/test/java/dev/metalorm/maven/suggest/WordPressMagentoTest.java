package dev.metalorm.maven.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.introspect.IntrospectionRequest;
import dev.metalorm.maven.introspect.IntrospectorChoice;
import dev.metalorm.maven.introspect.Introspectors;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

/**
 * The WordPress/Magento-like schema of the MariaDB IT (no FOREIGN KEY at all) read from MariaDB, and the
 * relations a person reads out of it, written down before the heuristics
 * ({@code src/test/resources/suggest/wordpress-magento-expected.txt}).
 */
class WordPressMagentoTest {
    static final Path SCHEMA = Path.of("..", "src", "it", "infer-mariadb", "schema.sql");
    static final Path EXPECTED = Path.of("src", "test", "resources", "suggest", "wordpress-magento-expected.txt");

    static SchemaSnapshot read(TestDatabase db) throws Exception {
        db.execute(statements(Files.readString(SCHEMA, StandardCharsets.UTF_8)));
        try (Connection c = db.connect()) {
            return Introspectors.forConnection(c, IntrospectorChoice.SQL).read(c, new IntrospectionRequest(null, List.of(), List.of(), false));
        }
    }

    static String[] statements(String script) {
        String withoutComments = Arrays.stream(script.split("\n")).filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @AllDatabases(DatabaseKind.MYSQL)
    void suggestsWhatAPersonReadsOutOfTheSchema(TestDatabase db) throws Exception {
        SchemaSnapshot snapshot = read(db);
        assertThat(snapshot.tables()).allMatch(t -> t.foreignKeys().isEmpty());

        Suggestions suggestions = RelationSuggester.suggest(snapshot, Overrides.NONE, SuggestionOptions.naming(), List.of(), List.of());

        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactlyElementsOf(expected);
        assertThat(suggestions.summary()).isEqualTo("Relations without foreign keys: 35 suggested, 31 accepted (confidence >= 0.70),"
                + " 4 rejected (2 below 0.70, 2 type mismatch); -Dmetalorm.explain lists them.");

        InferenceResult inference = RelationInferrer.infer(suggestions.apply(snapshot), Overrides.NONE);
        assertThat(inference.tables()).filteredOn(c -> c.junction()).extracting(c -> c.table())
                .containsExactly("catalog_category_product");
        assertThat(inference.relations()).filteredOn(r -> r.kind() == RelationKind.BELONGS_TO_MANY)
                .extracting(r -> r.table() + " -> " + r.targetTable())
                .containsExactly("catalog_category_entity -> catalog_product_entity", "catalog_product_entity -> catalog_category_entity");
        assertThat(inference.relations()).allMatch(r -> !r.declared());
        assertThat(inference.relations()).filteredOn(r -> r.kind() == RelationKind.BELONGS_TO).hasSize(31);
    }

    @AllDatabases(DatabaseKind.MYSQL)
    void nothingWithInferenceOff(TestDatabase db) throws Exception {
        SchemaSnapshot snapshot = read(db);
        Suggestions suggestions = RelationSuggester.suggest(snapshot, Overrides.NONE, SuggestionOptions.OFF, List.of(), List.of());
        assertThat(suggestions.all()).isEmpty();
        assertThat(suggestions.summary()).isNull();
        assertThat(RelationInferrer.infer(suggestions.apply(snapshot), Overrides.NONE).relations()).isEmpty();
    }
}
