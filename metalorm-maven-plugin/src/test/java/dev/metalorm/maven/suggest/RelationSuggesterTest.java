package dev.metalorm.maven.suggest;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.InferRelations;
import dev.metalorm.maven.config.InferredChoice;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.RelationOverride;
import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.config.VerifyRelations;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.naming.NameLock.InferredKeyLock;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming heuristics, one case each, positive and negative. */
class RelationSuggesterTest {

    static List<String> lines(SchemaSnapshot s) {
        return lines(s, Overrides.NONE);
    }

    static List<String> lines(SchemaSnapshot s, Overrides overrides) {
        return RelationSuggester.suggest(s, overrides, SuggestionOptions.naming(), List.of(), List.of()).all().stream()
                .map(Suggestion::line).toList();
    }

    @Test
    void tableNameWithIdSuffixInEverySpelling() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer"))
                .table("comments", t -> t.pk("id").typed("userId", Types.INTEGER, "integer"))
                .table("likes", t -> t.pk("id").typed("id_user", Types.INTEGER, "integer"))
                .table("votes", t -> t.pk("id").typed("userid", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).containsExactly(
                "comments(userId) -> users(id) 0.80 accepted",
                "likes(id_user) -> users(id) 0.80 accepted",
                "posts(user_id) -> users(id) 0.80 accepted",
                "votes(userid) -> users(id) 0.75 accepted");
    }

    @Test
    void singularAndPluralTables() {
        SchemaSnapshot s = schema()
                .table("status", t -> t.pk("id"))
                .table("people", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").typed("status_id", Types.INTEGER, "integer").typed("person_id", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).containsExactly(
                "orders(person_id) -> people(id) 0.80 accepted",
                "orders(status_id) -> status(id) 0.80 accepted");
    }

    @Test
    void statusIdWithoutAStatusesTableAndExternalIdGiveNothing() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").typed("status_id", Types.INTEGER, "integer")
                        .typed("external_id", Types.INTEGER, "integer").typed("guid", Types.VARCHAR, "varchar")
                        .typed("paid", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).isEmpty();
    }

    @Test
    void typeMismatchIsRejectedAndSaysWhy() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").typed("user_id", Types.VARCHAR, "varchar"))
                .build();
        Suggestions suggestions = RelationSuggester.suggest(s, Overrides.NONE, SuggestionOptions.naming(), List.of(), List.of());
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly("orders(user_id) -> users(id) 0.00 rejected: type mismatch");
        assertThat(suggestions.all().get(0).evidence()).extracting(Evidence::toString).containsExactly(
                "name +0.50: user_id names table users", "type: user_id is varchar, users.id is integer");
        assertThat(suggestions.apply(s)).isEqualTo(s);
    }

    @Test
    void sameFamilyOfTypesCountsHalfAndAnIndexAdds() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id", Types.BIGINT, "bigint"))
                .table("orders", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer").index("user_id"))
                .table("notes", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer"))
                .build();
        Suggestions suggestions = RelationSuggester.suggest(s, Overrides.NONE, SuggestionOptions.naming(), List.of(), List.of());
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly(
                "notes(user_id) -> users(id) 0.65 rejected: below 0.70",
                "orders(user_id) -> users(id) 0.80 accepted");
        assertThat(suggestions.all().get(1).evidence()).extracting(Evidence::toString).containsExactly(
                "name +0.50: user_id names table users",
                "type +0.15: integer, users.id is bigint (both integers)",
                "index +0.15: index ix_orders_user_id leads with user_id");
    }

    @Test
    void parentIsASelfReferenceAndTheOwnKeyIsNot() {
        SchemaSnapshot s = schema()
                .table("categories", t -> t.pk("id").typed("parent_id", Types.INTEGER, "integer")
                        .typed("category_id", Types.INTEGER, "integer"))
                .table("order_items", t -> t.pk("item_id", Types.INTEGER, "integer").typed("parent_item_id", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).containsExactly(
                "categories(parent_id) -> categories(id) 0.80 accepted",
                "order_items(parent_item_id) -> order_items(item_id) 0.80 accepted");
    }

    @Test
    void aPersonRoleRefersToTheUsersAndATableOfTheRoleWins() {
        SchemaSnapshot withUsers = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("author_id", Types.INTEGER, "integer").typed("created_by", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(withUsers)).containsExactly(
                "posts(author_id) -> users(id) 0.75 accepted",
                "posts(created_by) -> users(id) 0.55 rejected: below 0.70");
        SchemaSnapshot withAuthors = schema()
                .table("users", t -> t.pk("id"))
                .table("authors", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("author_id", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(withAuthors)).containsExactly("posts(author_id) -> authors(id) 0.80 accepted");
    }

    @Test
    void wordPressStyleColumnsWithoutIdNeedTheirIndex() {
        SchemaSnapshot s = schema()
                .table("wp_users", t -> t.pk("ID", Types.BIGINT, "bigint unsigned"))
                .table("wp_posts", t -> t.pk("ID", Types.BIGINT, "bigint unsigned")
                        .typed("post_author", Types.BIGINT, "bigint unsigned").index("post_author")
                        .typed("post_parent", Types.BIGINT, "bigint unsigned"))
                .build();
        assertThat(lines(s)).containsExactly(
                "wp_posts(post_author) -> wp_users(ID) 0.70 accepted",
                "wp_posts(post_parent) -> wp_posts(ID) 0.60 rejected: below 0.70");
    }

    @Test
    void aDeclaredForeignKeyIsNeverContradicted() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("accounts", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("user_id", "accounts"))
                .build();
        assertThat(lines(s)).isEmpty();
        Overrides contradicting = new Overrides(List.of(), List.of(
                new RelationOverride("posts", "user_id", null, null, null, "users", List.of(), null)));
        Suggestions suggestions = RelationSuggester.suggest(s, contradicting, SuggestionOptions.naming(), List.of(), List.of());
        assertThat(suggestions.all()).isEmpty();
        assertThat(suggestions.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "ERROR override of relation posts user_id: <references> users(id) contradicts the declared foreign key"
                        + " fk_posts_user_id (user_id) -> accounts: the database's key wins. Remove <references>.");
    }

    @Test
    void viewsAndTablesWithoutASingleColumnKeyAreNoTargets() {
        SchemaSnapshot s = schema()
                .table("tenants", t -> t.pk("tenant_id,code"))
                .view("users", t -> t.col("id"))
                .table("posts", t -> t.pk("id").typed("tenant_id", Types.INTEGER, "integer").typed("user_id", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).isEmpty();
    }

    @Test
    void thePomAddsVetoesAndAccepts() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("objects", t -> t.pk("id"))
                .table("links", t -> t.pk("id").typed("object_id", Types.INTEGER, "integer").typed("owner", Types.INTEGER, "integer")
                        .typed("user_id", Types.INTEGER, "integer").typed("thing", Types.INTEGER, "integer"))
                .build();
        assertThat(lines(s)).containsExactly(
                "links(object_id) -> objects(id) 0.80 accepted",
                "links(owner) -> users(id) 0.55 rejected: below 0.70",
                "links(user_id) -> users(id) 0.80 accepted");
        Overrides overrides = new Overrides(List.of(), List.of(
                new RelationOverride("links", "object_id", null, null, null, null, List.of(), InferredChoice.REJECT),
                new RelationOverride("links", "owner", null, null, null, null, List.of(), InferredChoice.ACCEPT),
                new RelationOverride("links", "thing", "item", null, null, "objects", List.of("id"), null)));
        Suggestions suggestions = RelationSuggester.suggest(s, overrides, SuggestionOptions.naming(), List.of(), List.of());
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly(
                "links(object_id) -> objects(id) 0.80 rejected: rejected in the pom",
                "links(owner) -> users(id) 0.55 accepted: accepted in the pom",
                "links(thing) -> objects(id) 1.00 accepted: declared in the pom",
                "links(user_id) -> users(id) 0.80 accepted");
        assertThat(suggestions.summary()).isEqualTo("Relations without foreign keys: 3 suggested, 2 accepted (confidence >= 0.70,"
                + " 1 accepted in the pom), 1 rejected (1 rejected in the pom); 1 declared in the pom; -Dmetalorm.explain lists them.");
        assertThat(suggestions.locks()).extracting(InferredKeyLock::key).containsExactly("links(owner)->users(id)", "links(user_id)->users(id)");
    }

    @Test
    void thePomAddsRelationsWithInferenceOff() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("links", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer").typed("maker", Types.INTEGER, "integer"))
                .build();
        Overrides overrides = new Overrides(List.of(), List.of(
                new RelationOverride("links", "maker", null, null, null, "users", List.of(), null),
                new RelationOverride("links", "user_id", null, null, null, null, List.of(), InferredChoice.ACCEPT),
                new RelationOverride("links", "nothing", null, null, null, "users", List.of(), null),
                new RelationOverride("links", "maker", null, null, null, "nobody", List.of(), null)));
        Suggestions suggestions = RelationSuggester.suggest(s, overrides, SuggestionOptions.OFF, List.of(), List.of());
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly("links(maker) -> users(id) 1.00 accepted: declared in the pom");
        assertThat(suggestions.summary()).isEqualTo("Relations without foreign keys: 1 declared in the pom; -Dmetalorm.explain lists them.");
        assertThat(suggestions.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "ERROR override of relation links maker: <references> names table nobody, which is not in the snapshot."
                        + " Check the table name and the table filters.",
                "ERROR override of relation links nothing: table links has no column nothing; <foreignKey> of a <relation> with"
                        + " <references> lists the referencing columns, comma-separated.",
                "WARNING override of relation links user_id: sets <inferred>accept</inferred> but metalorm.inferRelations is off,"
                        + " so it is ignored. Set metalorm.inferRelations=naming.");
    }

    @Test
    void theLockKeepsAnAcceptedRelationWhenTheRulesChooseAnotherTarget() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("authors", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("author_id", Types.INTEGER, "integer"))
                .build();
        List<InferredKeyLock> lock = List.of(new InferredKeyLock("posts", List.of("author_id"), "users", List.of("id"), "0.75"));
        Suggestions suggestions = RelationSuggester.suggest(s, Overrides.NONE, SuggestionOptions.naming(), lock, List.of());
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly(
                "posts(author_id) -> authors(id) 0.80 rejected: metalorm.lock keeps (author_id) -> users;"
                        + " delete its inferred line to let the rules choose again",
                "posts(author_id) -> users(id) 0.30 accepted: kept by metalorm.lock");
        SchemaSnapshot withDeclared = schema()
                .table("users", t -> t.pk("id"))
                .table("authors", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("author_id", "authors"))
                .build();
        assertThat(RelationSuggester.suggest(withDeclared, Overrides.NONE, SuggestionOptions.naming(), lock, List.of()).all()).isEmpty();
    }

    @Test
    void valueChecksAddEvidenceOrReject() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer").typed("editor_id", Types.INTEGER, "integer"))
                .table("editors", t -> t.pk("id"))
                .build();
        SuggestionOptions sample = new SuggestionOptions(InferRelations.NAMING, VerifyRelations.SAMPLE, 70);
        assertThat(RelationSuggester.candidates(s, sample, List.of())).extracting(Candidate::toString).containsExactly(
                "Candidate[table=posts, column=user_id, targetTable=users, targetColumn=id, integer=true]",
                "Candidate[table=posts, column=editor_id, targetTable=editors, targetColumn=id, integer=true]");
        List<ValueCheck> checks = List.of(new ValueCheck("posts", "user_id", "users", 120, 0, true),
                new ValueCheck("posts", "editor_id", "editors", 120, 3, true));
        Suggestions suggestions = RelationSuggester.suggest(s, Overrides.NONE, sample, List.of(), checks);
        assertThat(suggestions.all()).extracting(Suggestion::line).containsExactly(
                "posts(editor_id) -> editors(id) 0.80 rejected: values without a row in editors",
                "posts(user_id) -> users(id) 0.90 accepted");
        assertThat(suggestions.all().get(0).evidence().get(2).toString())
                .isEqualTo("values: 3 of 120 sampled values (0 counted as none) have no row in editors");
    }

    @Test
    void twoSuggestedKeysMakeAJunctionByKeyOrByCoverage() {
        SchemaSnapshot byKey = schema()
                .table("posts", t -> t.pk("id"))
                .table("tags", t -> t.pk("id"))
                .table("post_tags", t -> t.pk("post_id,tag_id"))
                .build();
        SchemaSnapshot byCoverage = schema()
                .table("posts", t -> t.pk("id"))
                .table("tags", t -> t.pk("id"))
                .table("taggings", t -> t.pk("id").typed("post_id", Types.INTEGER, "integer").typed("tag_id", Types.INTEGER, "integer")
                        .typed("created_at", Types.TIMESTAMP, "timestamp").typed("position", Types.INTEGER, "integer"))
                .table("orders", t -> t.pk("id").typed("post_id", Types.INTEGER, "integer").typed("tag_id", Types.INTEGER, "integer")
                        .typed("quantity", Types.INTEGER, "integer"))
                .build();
        for (SchemaSnapshot s : List.of(byKey, byCoverage)) {
            Suggestions suggestions = RelationSuggester.suggest(s, Overrides.NONE, SuggestionOptions.naming(), List.of(), List.of());
            InferenceResult inference = RelationInferrer.infer(suggestions.apply(s), Overrides.NONE);
            assertThat(inference.tables()).filteredOn(c -> c.junction()).extracting(c -> c.table() + " " + c.reason())
                    .hasSize(1).allMatch(r -> r.startsWith(s == byKey ? "post_tags junction: two FKs undeclared (post_id)"
                            : "taggings junction: two FKs undeclared (post_id) -> posts (id) and undeclared (tag_id) -> tags (id);"
                            + " their columns (post_id, tag_id) are no key, but besides them taggings has only its surrogate key"
                            + " and payload (id, created_at, position)"));
        }
    }

    @Test
    void resultsDoNotDependOnInputOrder() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").typed("user_id", Types.INTEGER, "integer").typed("parent_id", Types.INTEGER, "integer"))
                .table("comments", t -> t.pk("id").typed("post_id", Types.INTEGER, "integer").typed("user_id", Types.INTEGER, "integer"))
                .build();
        List<String> first = lines(s);
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(lines(SnapshotFixture.shuffled(s, seed))).isEqualTo(first);
        }
    }
}
