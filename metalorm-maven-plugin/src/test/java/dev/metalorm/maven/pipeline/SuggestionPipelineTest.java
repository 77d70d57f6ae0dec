package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.RelationConfig;
import dev.metalorm.maven.suggest.Suggestion;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations without foreign keys through the whole run on every database: the value check's query, the
 * relations generated, {@code metalorm.lock} keeping them, {@code check} seeing them, and inference off
 * removing them.
 */
class SuggestionPipelineTest {
    @TempDir
    Path dir;

    private ReverseConfig.Builder config(TestDatabase db) {
        return ReverseConfig.builder().url(db.url()).user(db.user()).password(db.password()).packageName("com.acme.model")
                .outputDirectory(dir.resolve("src/main/java")).lockFile(dir.resolve("metalorm.lock"))
                .reportFile(dir.resolve("target/metalorm/reverse-report.json"));
    }

    private static void schema(TestDatabase db) {
        db.execute(
                "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, name VARCHAR(50))",
                "CREATE TABLE editors (id INT NOT NULL PRIMARY KEY, name VARCHAR(50))",
                "CREATE TABLE posts (id INT NOT NULL PRIMARY KEY, user_id INT NOT NULL, editor_id INT, parent_id INT NOT NULL, title VARCHAR(50))",
                "CREATE INDEX ix_posts_user ON posts (user_id)",
                "INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'bob')",
                "INSERT INTO editors (id, name) VALUES (1, 'eve')",
                // editor 7 does not exist; parent 0 means none, as in MyISAM-era schemas
                "INSERT INTO posts (id, user_id, editor_id, parent_id, title) VALUES (1, 1, 1, 0, 'a'), (2, 2, 7, 1, 'b'), (3, 2, NULL, 0, 'c')");
    }

    @AllDatabases
    void sampledValuesDecideAndTheLockKeepsWhatWasAccepted(TestDatabase db) throws Exception {
        schema(db);
        ReverseResult first = ReversePipeline.standard().run(config(db).inferRelations("naming").verifyRelations("sample").build());

        assertThat(first.suggestions().all()).extracting(Suggestion::line).containsExactly(
                "posts(editor_id) -> editors(id) 0.80 rejected: values without a row in editors",
                "posts(parent_id) -> posts(id) 0.90 accepted",
                "posts(user_id) -> users(id) 1.00 accepted");
        assertThat(first.suggestionSummary()).isEqualTo("Relations without foreign keys: 3 suggested, 2 accepted (confidence >= 0.70),"
                + " 1 rejected (1 with orphan values); -Dmetalorm.explain lists them.");
        String post = Files.readString(dir.resolve("src/main/java/com/acme/model/PostBase.java"));
        assertThat(post).contains("@BelongsTo(", "BelongsToReference<User> user", "BelongsToReference<Post> parent")
                .doesNotContain("Editor>");
        assertThat(Files.readString(dir.resolve("src/main/java/com/acme/model/UserBase.java"))).contains("HasManyCollection<Post> posts");
        String lock = Files.readString(dir.resolve("metalorm.lock"));
        assertThat(lock).contains("inferred posts(parent_id)->posts(id) = 0.90\n", "inferred posts(user_id)->users(id) = 1.00\n",
                "relation posts(user_id)->users = user : belongsTo users\n");
        assertThat(first.report().explain()).contains("Relations without foreign keys (3, metalorm.inferRelations=naming, minConfidence 0.70):",
                "  posts(user_id) -> users(id) 1.00 accepted\n      name +0.50: user_id names table users\n",
                "values +0.10: all 3 sampled values (0 counted as none) have a row in users",
                "Post.user: belongsTo User via posts (user_id) -> users (id) [not declared, confidence 1.00]");
        assertThat(Files.readString(dir.resolve("target/metalorm/reverse-report.json")))
                .contains("\"verdict\": \"orphans\"", "\"confidence\": \"0.90\"");

        // a stricter threshold later: the lock keeps both, so nothing changes and check agrees
        ReverseConfig strict = config(db).inferRelations("naming").minConfidence("0.95").build();
        assertThat(ReversePipeline.standard().check(strict).upToDate()).isTrue();
        ReverseResult second = ReversePipeline.standard().run(strict);
        assertThat(second.files().written()).isZero();
        assertThat(second.suggestions().all()).extracting(Suggestion::line).contains(
                "posts(parent_id) -> posts(id) 0.80 accepted: kept by metalorm.lock");

        // inference off: the relations go, check says so first
        ReverseConfig off = config(db).build();
        CheckResult stale = ReversePipeline.standard().check(off);
        assertThat(stale.upToDate()).isFalse();
        assertThat(stale.drift().summary()).contains("- inferred key (parent_id) -> posts", "- inferred key (user_id) -> users",
                "- relation user -> users");
        ReverseResult third = ReversePipeline.standard().run(off);
        assertThat(third.inference().relations()).isEmpty();
        assertThat(third.suggestionSummary()).isEqualTo("Schema " + third.snapshot().schema() + " declares no foreign key, so no relation"
                + " was generated: set metalorm.inferRelations=naming to suggest relations from column names (see README,"
                + " \"Relations without foreign keys\").");
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).doesNotContain("inferred");
    }

    @AllDatabases
    void aPomRelationAddsWhatNoNameSays(TestDatabase db) throws Exception {
        schema(db);
        RelationConfig maker = new RelationConfig();
        maker.setTable("posts");
        maker.setForeignKey("editor_id");
        maker.setReferences("users");
        maker.setName("reviewer");
        ReverseResult result = ReversePipeline.standard().run(config(db).relations(List.of(maker)).build());
        assertThat(result.inference().relations()).extracting(r -> r.key() + " " + r.declared()).contains(
                "posts:belongs_to:posts.~editor_id false");
        assertThat(Files.readString(dir.resolve("src/main/java/com/acme/model/PostBase.java"))).contains("BelongsToReference<User> reviewer");
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).doesNotContain("inferred")
                .contains("relation posts(editor_id)->users = reviewer : belongsTo users");
    }
}
