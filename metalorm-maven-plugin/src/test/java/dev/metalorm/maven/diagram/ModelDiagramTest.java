package dev.metalorm.maven.diagram;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.suggest.RelationSuggester;
import dev.metalorm.maven.suggest.Suggestions;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid text of a model, from a snapshot through the real suggest, infer and naming stages: key columns with
 * their markers, one line per key with both cardinalities and both relation names, belongsToMany lines, dashed keys
 * the database does not declare, names Mermaid cannot take bare, groups, and the same text whatever the input order.
 */
class ModelDiagramTest {

    /** The demo's shop, a self-reference, two keys to one table, keys the schema does not declare, odd names. */
    static SchemaSnapshot fixture() {
        return schema()
                .table("users", t -> t.pk("id").col("name").typed("email", Types.VARCHAR, "varchar").unique("email"))
                .table("profiles", t -> t.pk("id").fk("user_id", "users").unique("user_id").col("bio"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users").typed("editor_id", Types.INTEGER, "integer")
                        .index("editor_id"))
                .table("roles", t -> t.pk("id").col("name"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles")
                        .col("assigned_at", Types.TIMESTAMP, "timestamp"))
                .table("employees", t -> t.pk("id").col("manager_id", Types.INTEGER, "integer").fk("manager_id", "employees"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users"))
                .table("editors", t -> t.pk("id").col("name"))
                .table("Größe Tabelle", t -> t.pk("Nr.").col("2fa", Types.INTEGER, "double precision").unique("2fa"))
                .table("style", t -> t.pk("id"))
                .table("odd\"%name", t -> t.pk("id").fk("style_id", "style"))
                .table("settings", t -> t.col("key"))
                .build();
    }

    static ModelDiagram diagram(SchemaSnapshot snapshot) {
        Suggestions suggestions = RelationSuggester.suggest(snapshot, Overrides.NONE, SuggestionOptions.naming(), List.of(), List.of());
        SchemaSnapshot related = suggestions.apply(snapshot);
        InferenceResult inference = RelationInferrer.infer(related, Overrides.NONE);
        NamedModel named = EntityNamer.name(related, inference, Overrides.NONE, "com.acme.model");
        return ModelDiagram.of(named, suggestions, "schema public (H2 1.0)");
    }

    @Test
    void mermaidTextMatchesGoldenFile() {
        Golden.assertMatches("diagram/model.mmd", diagram(fixture()).mermaid());
    }

    @Test
    void keysCardinalitiesAndNames() {
        String text = diagram(fixture()).mermaid();
        assertThat(text).startsWith("erDiagram\n")
                // key columns only, with every marker they carry
                .contains("    users {\n        integer id PK\n        varchar email UK\n    }\n")
                .contains("    users_roles {\n        integer user_id PK, FK\n        integer role_id PK, FK\n    }\n")
                // a required key to a unique column: exactly one on the parent, zero or one on the child (hasOne)
                .contains("    users ||--o| profiles : \"profile / user\"\n")
                .contains("    users ||--o{ posts : \"posts / user\"\n")
                // a nullable self-reference: zero or one
                .contains("    employees |o--o{ employees : \"employeesByManager / manager\"\n")
                .contains("    users ||--o{ messages : \"messagesByRecipient / recipient\"\n",
                        "    users ||--o{ messages : \"messagesBySender / sender\"\n")
                // one line per belongsToMany pair, written from the end whose pivot key sorts first
                .contains("    roles }o--o{ users : \"users / roles (via users_roles)\"\n")
                .doesNotContain("settings {", "varchar name", "bio", "title");
    }

    @Test
    void keysTheDatabaseDoesNotDeclareAreDashedWithTheirConfidence() {
        ModelDiagram d = diagram(fixture());
        assertThat(d.mermaid()).contains("    editors ||..o{ posts : \"posts / editor (suggested 0.95)\"\n")
                .contains("        integer editor_id FK \"key not declared\"\n");
        assertThat(d.edges()).filteredOn(e -> !e.declared()).extracting(ModelDiagram.Edge::line)
                .allMatch(line -> line.contains(".."));
        assertThat(d.edges()).filteredOn(ModelDiagram.Edge::declared).extracting(ModelDiagram.Edge::line)
                .noneMatch(line -> line.contains(".."));
        assertThat(d.title()).endsWith("(1 not declared, dashed)");
    }

    @Test
    void namesMermaidCannotTakeBareAreQuotedOrAliased() {
        String text = diagram(fixture()).mermaid();
        // spaces and accents: quoted; attribute names reduced to ASCII with the real name as comment
        assertThat(text).contains("    \"Größe Tabelle\" {\n        integer Nr_ PK \"Nr.\"\n        double_precision _2fa UK \"2fa\"\n    }\n");
        // a grammar word: quoted
        assertThat(text).contains("    \"style\" {\n").contains("    \"style\" ||--o{ odd_name : ");
        // a quote and a percent sign cannot be quoted: an id with the name as alias, written as entity codes
        assertThat(text).contains("    odd_name[\"odd#34;#37;name\"] {\n");
        assertThat(ModelDiagram.inQuotes("a\"b%c\\d#e\nf")).isEqualTo("a#34;b#37;c#92;d#35;e#10;f");
        assertThat(ModelDiagram.attributeName("größe")).isEqualTo("grosse");
        assertThat(ModelDiagram.attributeName("%")).isEqualTo("__");
    }

    @Test
    void groupsAreTheTablesConnectedByKeysBiggestFirstAndUnrelatedLast() {
        assertThat(diagram(fixture()).groups()).extracting(g -> String.join(",", g.tables()) + (g.unrelated() ? " unrelated" : ""))
                .containsExactly("editors,messages,posts,profiles,roles,users,users_roles", "odd\"%name,style", "employees",
                        "Größe Tabelle,settings unrelated");
    }

    @Test
    void aSubsetHoldsOnlyItsTablesAndTheLinesBetweenThem() {
        String text = diagram(fixture()).mermaid(List.of("users", "profiles"));
        assertThat(text).contains("    users {", "    profiles {", "users ||--o| profiles")
                .doesNotContain("posts", "roles", "employees");
    }

    @Test
    void theSameTextWhateverTheOrderTheDatabaseReportedThingsIn() {
        String expected = diagram(fixture()).mermaid();
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(diagram(SnapshotFixture.shuffled(fixture(), seed)).mermaid()).isEqualTo(expected);
        }
    }
}
