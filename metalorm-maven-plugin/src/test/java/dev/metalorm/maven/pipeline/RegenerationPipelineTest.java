package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.write.WriteConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reverse → schema change → check fails naming the drift → reverse keeps names and custom code → check passes. */
class RegenerationPipelineTest {
    @TempDir
    Path dir;

    private final AtomicReference<SchemaSnapshot> schema = new AtomicReference<>();

    private final ReversePipeline pipeline = new ReversePipeline(
            (url, user, password) -> null,
            (connection, choice) -> (c, request) -> schema.get(),
            RelationInferrer::infer,
            EntityNamer::name,
            "TEST");

    private ReverseConfig config() {
        return ReverseConfig.builder().url("jdbc:h2:mem:regen").packageName("com.acme.model")
                .outputDirectory(dir.resolve("src/main/java")).lockFile(dir.resolve("metalorm.lock")).build();
    }

    private Path model(String name) {
        return dir.resolve("src/main/java/com/acme/model/" + name);
    }

    static SchemaSnapshot before() {
        return SnapshotFixture.schema()
                .table("users", t -> t.pk("id").col("name"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users"))
                .table("messages", t -> t.pk("id").col("body").fk("sender_id", "users"))
                .table("legacy_notes", t -> t.pk("id").col("note"))
                .build();
    }

    static SchemaSnapshot after() {
        return SnapshotFixture.schema()
                .table("users", t -> t.pk("id").col("name").col("nickname"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users"))
                .table("messages", t -> t.pk("id").col("body").fk("sender_id", "users").fk("recipient_id", "users"))
                .table("post_likes", t -> t.pk("user_id,post_id").fk("user_id", "users").fk("post_id", "posts"))
                .build();
    }

    /** Issue 16 item 10: the name lock is committed with the sources, so a lock that cannot be written leaves the old sources. */
    @Test
    void sourcesAndLockChangeTogether() throws IOException {
        schema.set(before());
        ReverseConfig blockedLock = ReverseConfig.builder().url("jdbc:h2:mem:regen").packageName("com.acme.model")
                .outputDirectory(dir.resolve("src/main/java")).lockFile(dir.resolve("locks/metalorm.lock")).build();
        Files.writeString(dir.resolve("locks"), "a file where the lock's directory should be");
        pipeline.run(config());
        Map<Path, String> sources = new java.util.TreeMap<>();
        try (var files = Files.walk(dir.resolve("src"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                sources.put(p, Files.readString(p));
            }
        }

        schema.set(after());
        assertThatThrownBy(() -> pipeline.run(blockedLock)).isInstanceOf(dev.metalorm.maven.write.WriteFailedException.class)
                .hasMessage("Cannot write the generated sources into " + dir.resolve("src/main/java") + ": " + dir.resolve("locks")
                        + ": a file is where a directory should be. Nothing was changed."
                        + " To fix: move that file away.");
        Map<Path, String> after = new java.util.TreeMap<>();
        try (var files = Files.walk(dir.resolve("src"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                after.put(p, Files.readString(p));
            }
        }
        assertThat(after).isEqualTo(sources);
    }

    @Test
    void regenerationAfterASchemaChange() throws IOException {
        schema.set(before());
        ReverseResult first = pipeline.run(config());
        assertThat(first.drift()).isNull();
        assertThat(first.lockWritten()).isTrue();
        assertThat(first.files().created()).hasSize(8);
        assertThat(pipeline.check(config()).upToDate()).isTrue();

        String custom = Files.readString(model("User.java")).replace("extends UserBase {\n",
                "extends UserBase {\n    public String displayName() {\n        return getName();\n    }\n");
        Files.writeString(model("User.java"), custom);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(model("PostBase.java"), old);
        assertThat(pipeline.check(config()).upToDate()).as("a user class is the user's: check ignores its edits").isTrue();

        schema.set(after());
        CheckResult stale = pipeline.check(config());
        assertThat(stale.upToDate()).isFalse();
        assertThat(stale.message()).isEqualTo("Entities are stale for schema public (H2 1.0). Schema drift: + table post_likes;"
                + " - table legacy_notes; messages: + column recipient_id, + relation recipient -> users;"
                + " posts: + relation postLikes -> post_likes, + relation users -> users;"
                + " users: + column nickname, + relation likedPosts -> posts, + relation messagesByRecipient -> messages,"
                + " + relation postLikes -> post_likes."
                + " Files: + com/acme/model/PostLike.java, + com/acme/model/PostLikeBase.java, ~ com/acme/model/MessageBase.java,"
                + " ~ com/acme/model/PostBase.java, ~ com/acme/model/UserBase.java,"
                + " - com/acme/model/LegacyNote.java, - com/acme/model/LegacyNoteBase.java. metalorm.lock is out of date."
                + " Run mvn metalorm:reverse to update the entities.");
        assertThat(model("LegacyNoteBase.java")).as("check writes nothing").exists();

        ReverseResult second = pipeline.run(config());
        assertThat(second.drift().summary()).startsWith("+ table post_likes; - table legacy_notes; messages: + column recipient_id");
        assertThat(second.files().updated()).containsExactly("com/acme/model/MessageBase.java", "com/acme/model/PostBase.java",
                "com/acme/model/UserBase.java");
        assertThat(second.files().removed()).containsExactly("com/acme/model/LegacyNote.java", "com/acme/model/LegacyNoteBase.java");
        assertThat(Files.readString(model("User.java"))).isEqualTo(custom);
        String userBase = Files.readString(model("UserBase.java"));
        assertThat(userBase).contains("HasManyCollection<Message> messages;", "HasManyCollection<Message> messagesByRecipient;",
                "HasManyCollection<Post> posts;", "ManyToManyCollection<Post> likedPosts;");
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).contains("relation users<-messages(sender_id) = messages : hasMany messages\n")
                .doesNotContain("legacy_notes");
        assertThat(pipeline.check(config()).upToDate()).isTrue();

        ReverseResult third = pipeline.run(config());
        assertThat(third.drift().isEmpty()).isTrue();
        assertThat(third.files().written()).isZero();
        assertThat(third.lockWritten()).isFalse();
    }

    @Test
    void checkNamesFilesEditedByHandAndAMissingLock() throws IOException {
        schema.set(before());
        pipeline.run(config());
        Files.writeString(model("PostBase.java"), Files.readString(model("PostBase.java")).replace("private String title;", "private String title2;"));
        Files.delete(dir.resolve("metalorm.lock"));

        CheckResult result = pipeline.check(config());

        assertThat(result.upToDate()).isFalse();
        assertThat(result.message()).isEqualTo("Entities are stale for schema public (H2 1.0). No metalorm.lock to compare the schema with."
                + " Edited by hand: com/acme/model/PostBase.java (generated, edited by hand). Run mvn metalorm:reverse to update the entities.");
    }

    @Test
    void aChangedUserClassOfADroppedTableStopsReverse() throws IOException {
        schema.set(before());
        pipeline.run(config());
        Files.writeString(model("LegacyNote.java"), Files.readString(model("LegacyNote.java")).replace("extends LegacyNoteBase {\n",
                "extends LegacyNoteBase {\n    int mine;\n"));
        schema.set(after());

        assertThatThrownBy(() -> pipeline.run(config())).isInstanceOf(WriteConflictException.class)
                .hasMessageContaining("com/acme/model/LegacyNote.java is your class of a dropped table");
        assertThat(model("UserBase.java")).content().doesNotContain("nickname");
        assertThat(pipeline.check(config()).message()).contains("Edited by hand: com/acme/model/LegacyNote.java (your class of a dropped table: delete it).");
    }

    @Test
    void narrowingTheTablesForgetsNoNamesAndReportsNoDrift() throws IOException {
        schema.set(before());
        pipeline.run(config());
        String lock = Files.readString(dir.resolve("metalorm.lock"));
        SchemaSnapshot all = before();
        // the introspector applies the filter: only users is read
        schema.set(new SchemaSnapshot(all.product(), all.productVersion(), all.schema(), List.of(all.table("users").orElseThrow())));
        ReverseConfig onlyUsers = ReverseConfig.builder().url("jdbc:h2:mem:regen").packageName("com.acme.model")
                .outputDirectory(dir.resolve("src/main/java")).lockFile(dir.resolve("metalorm.lock")).includes("users").build();

        ReverseResult result = pipeline.run(onlyUsers);

        // User loses its inverse relations while posts and messages are out of scope, but not their names
        assertThat(result.drift().isEmpty()).isTrue();
        assertThat(result.files().updated()).containsExactly("com/acme/model/UserBase.java");
        assertThat(model("PostBase.java")).exists();
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).contains("table posts = Post\n", "table messages = Message\n",
                "relation posts(user_id)->users = user : belongsTo users\n");
        assertThat(Files.readString(dir.resolve("metalorm.lock"))).isEqualTo(lock);
    }
}
