package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.introspect.IntrospectionException;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.render.ShopFixture;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.write.WriteConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReversePipelineTest {
    @TempDir
    Path dir;

    private final AtomicReference<String> chosenIntrospector = new AtomicReference<>();

    private ReverseConfig config(boolean force) {
        return ReverseConfig.builder()
                .url("jdbc:h2:mem:pipeline")
                .user("sa")
                .password("")
                .packageName(ShopFixture.PACKAGE)
                .outputDirectory(dir.resolve("src/main/java"))
                .introspector("sql")
                .force(force)
                .reportFile(dir.resolve("target/metalorm/reverse-report.json"))
                .build();
    }

    private ReversePipeline pipeline(SchemaSnapshot snapshot, NamedModel model) {
        return new ReversePipeline(
                ReversePipeline::driverManager,
                (connection, choice) -> {
                    chosenIntrospector.set(choice);
                    return (Connection c, dev.metalorm.maven.introspect.IntrospectionRequest request) -> snapshot;
                },
                (s, overrides) -> ShopFixture.inference(),
                (s, inference, overrides, packageName, lock, gap) -> model,
                "TEST");
    }

    @Test
    void runsEveryStageAndWritesSourcesAndReport() throws IOException {
        ReverseResult result = pipeline(ShopFixture.snapshot(), ShopFixture.named()).run(config(false));

        assertThat(chosenIntrospector).hasValue("sql");
        assertThat(result.files().created()).hasSize(5);
        assertThat(result.relationCounts()).containsEntry(RelationKind.BELONGS_TO, 4).containsEntry(RelationKind.HAS_MANY, 1)
                .containsEntry(RelationKind.HAS_ONE, 1).containsEntry(RelationKind.BELONGS_TO_MANY, 2);
        assertThat(result.summary()).matches("Read 5 tables from H2 2\\.3\\.232 schema PUBLIC; inferred 4 belongsTo, 1 hasMany,"
                + " 1 hasOne, 2 belongsToMany; files: 5 written, 0 unchanged, 0 removed \\(\\d+ ms\\)");
        assertThat(dir.resolve("src/main/java/com/acme/model/User.java")).exists();
        assertThat(Files.readString(dir.resolve("target/metalorm/reverse-report.json"))).isEqualTo(result.report().toJson());
        assertThat(result.diagnostics()).containsExactly(Diagnostic.info("table users_roles", "treated as a junction"));

        ReverseResult again = pipeline(ShopFixture.snapshot(), ShopFixture.named()).run(config(false));
        assertThat(again.files().unchanged()).hasSize(5);
        assertThat(again.summary()).contains("files: 0 written, 5 unchanged, 0 removed");
    }

    @Test
    void narrowingIncludesKeepsOtherTablesFilesAndDroppedTablesGo() {
        pipeline(ShopFixture.snapshot(), ShopFixture.named()).run(config(false));
        SchemaSnapshot full = ShopFixture.snapshot();
        NamedModel model = ShopFixture.named();
        ReverseConfig onlyUsersAndProfiles = ReverseConfig.builder().url("jdbc:h2:mem:pipeline").packageName(ShopFixture.PACKAGE)
                .outputDirectory(dir.resolve("src/main/java")).includes("users,profiles").build();
        // profiles was dropped: the introspector reads only users
        SchemaSnapshot users = new SchemaSnapshot(full.product(), full.productVersion(), full.schema(),
                List.of(full.table("users").orElseThrow()));
        NamedModel userOnly = new NamedModel(model.packageName(),
                model.entities().stream().filter(e -> e.className().equals("User")).toList(), List.of());

        ReverseResult result = pipeline(users, userOnly).run(onlyUsersAndProfiles);

        // User.java is rewritten: with Role missing from the model its targetKey is spelled out
        assertThat(result.files().updated()).containsExactly("com/acme/model/User.java");
        assertThat(result.files().removed()).containsExactly("com/acme/model/Profile.java");
        assertThat(dir.resolve("src/main/java/com/acme/model/Post.java")).exists();
    }

    @Test
    void emptySchemaWarnsAndWritesNoSources() {
        SchemaSnapshot empty = new SchemaSnapshot("H2", "2.3.232", "PUBLIC", List.of());
        ReverseResult result = pipeline(empty, ShopFixture.named()).run(config(false));

        assertThat(result.diagnostics()).containsExactly(Diagnostic.warning("schema PUBLIC",
                "no tables to generate from in schema PUBLIC of H2; nothing was written. Check metalorm.schema."));
        assertThat(result.files().written()).isZero();
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void errorDiagnosticFailsBeforeWriting() {
        NamedModel model = ShopFixture.named();
        NamedModel withError = new NamedModel(model.packageName(), model.entities(),
                List.of(Diagnostic.error("table users", "class name User clashes with the <className> of table accounts")));

        assertThatThrownBy(() -> pipeline(ShopFixture.snapshot(), withError).run(config(false)))
                .isInstanceOf(ReverseFailedException.class)
                .hasMessage("table users: class name User clashes with the <className> of table accounts Nothing was written.");
        assertThat(dir.resolve("src")).doesNotExist();
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void everyErrorIsListedWithItsFixNotOnlyTheFirst() {
        NamedModel model = ShopFixture.named();
        NamedModel withErrors = new NamedModel(model.packageName(), model.entities(), List.of(
                Diagnostic.error("relation posts.owner", "a and b both want the field owner of table posts. Name one of them with a relation override (table posts, foreignKey fk_b, name)."),
                Diagnostic.error("relation users.postsByOwner", "c and d both want the field postsByOwner of table users. Name one of them with a relation override (table posts, foreignKey fk_b, inverseName)."),
                Diagnostic.error("relation users.x", "e and f both want the field x of table users. Name one of them with a relation override (table t, foreignKey fk_x, name).")));

        assertThatThrownBy(() -> pipeline(ShopFixture.snapshot(), withErrors).run(config(false)))
                .isInstanceOf(ReverseFailedException.class)
                .hasMessage("3 errors; nothing was written:"
                        + "\n  - relation posts.owner: a and b both want the field owner of table posts. Name one of them with a relation override (table posts, foreignKey fk_b, name)."
                        + "\n  - relation users.postsByOwner: c and d both want the field postsByOwner of table users. Name one of them with a relation override (table posts, foreignKey fk_b, inverseName)."
                        + "\n  - relation users.x: e and f both want the field x of table users. Name one of them with a relation override (table t, foreignKey fk_x, name).");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void renderFailureLeavesPreviousSourcesIntact() throws IOException {
        pipeline(ShopFixture.snapshot(), ShopFixture.named()).run(config(false));
        Map<Path, String> before = contents();

        // a many-to-many without the pivot class naming must provide: render fails on User, after Post..Role
        NamedModel model = ShopFixture.named();
        List<EntityModel> broken = new ArrayList<>();
        for (EntityModel e : model.entities()) {
            List<RelationProperty> relations = e.relations().stream()
                    .map(r -> r.pivotClassName() == null ? r
                            : new RelationProperty(r.relation(), r.fieldName(), r.getterName(), r.targetClassName(), null))
                    .toList();
            broken.add(new EntityModel(e.table(), e.classification(), e.className(), e.properties(), relations));
        }
        NamedModel brokenModel = new NamedModel(model.packageName(), broken, List.of());

        assertThatThrownBy(() -> pipeline(ShopFixture.snapshot(), brokenModel).run(config(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void writeConflictPropagates() throws IOException {
        Path user = dir.resolve("src/main/java/com/acme/model/User.java");
        Files.createDirectories(user.getParent());
        Files.writeString(user, "class User {}\n");

        assertThatThrownBy(() -> pipeline(ShopFixture.snapshot(), ShopFixture.named()).run(config(true)))
                .isInstanceOf(WriteConflictException.class)
                .hasMessageContaining("com/acme/model/User.java has no metalorm header");
        assertThat(dir.resolve("src/main/java/com/acme/model/Post.java")).doesNotExist();
    }

    @Test
    void introspectionErrorsPassThrough() {
        ReversePipeline p = new ReversePipeline(ReversePipeline::driverManager,
                (connection, choice) -> (c, request) -> {
                    throw new IntrospectionException("Schema shop does not exist. Check metalorm.schema.");
                },
                (s, o) -> new InferenceResult(List.of(), List.of(), List.of()),
                (s, i, o, pkg, lock, gap) -> ShopFixture.named(), "TEST");
        assertThatThrownBy(() -> p.run(config(false))).isInstanceOf(IntrospectionException.class)
                .hasMessage("Schema shop does not exist. Check metalorm.schema.");
    }

    private Map<Path, String> contents() throws IOException {
        Map<Path, String> result = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                result.put(p, Files.readString(p) + Files.getLastModifiedTime(p));
            }
        }
        return result;
    }
}
