package dev.metalorm.maven.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.ConfigException;
import dev.metalorm.maven.config.MigrationsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSourceTest {
    @TempDir
    Path dir;

    private static MigrationsConfig config(String engine, List<String> locations, List<String> scripts) {
        MigrationsConfig c = new MigrationsConfig();
        c.setEngine(engine);
        c.setLocations(new ArrayList<>(locations));
        c.setScripts(new ArrayList<>(scripts));
        return c;
    }

    @Test
    void locationsResolveAgainstTheProject() throws IOException {
        Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
        MigrationSource source = MigrationSource.of(config(" PostgreS ", List.of("filesystem:src/main/resources/db/migration"), List.of()), dir);
        assertThat(source.engine()).isEqualTo(Engine.POSTGRES);
        assertThat(source.locations()).containsExactly(dir.resolve("src/main/resources/db/migration"));
        assertThat(source.plainScripts()).isFalse();
    }

    @Test
    void theEngineIsAnExplicitChoice() {
        assertThatThrownBy(() -> MigrationSource.of(config(null, List.of("x"), List.of()), dir)).isInstanceOf(ConfigException.class)
                .hasMessage("<migrations><engine> must be postgres, mariadb or h2: the engine the migrations are written for (h2 only when you mean H2).");
        assertThatThrownBy(() -> MigrationSource.of(config("oracle", List.of("x"), List.of()), dir)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("<migrations><engine> must be postgres, mariadb or h2, not \"oracle\"");
    }

    @Test
    void compatibilityIsForH2Only() throws IOException {
        Files.createDirectories(dir.resolve("m"));
        MigrationsConfig pg = config("postgres", List.of("m"), List.of());
        pg.setCompatibility("PostgreSQL");
        assertThatThrownBy(() -> MigrationSource.of(pg, dir)).hasMessage(
                "<migrations><compatibility> is for <engine>h2</engine> only; postgres runs the real engine.");
        MigrationsConfig h2 = config("h2", List.of("m"), List.of());
        h2.setCompatibility("Oracle7");
        assertThatThrownBy(() -> MigrationSource.of(h2, dir)).hasMessageStartingWith("<migrations><compatibility> \"Oracle7\" is not an H2 mode");
    }

    @Test
    void locationsOrScriptsButNotBothNorNeither() throws IOException {
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("a.sql"), "SELECT 1;");
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of(), List.of()), dir)).hasMessageEndingWith("not neither.");
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of("m"), List.of("a.sql")), dir)).hasMessageEndingWith("not both.");
    }

    @Test
    void missingFilesAndClasspathLocationsAreRefusedWithTheFix() {
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of("filesystem:nope"), List.of()), dir))
                .hasMessage("<migrations><location> " + dir.resolve("nope") + " is not a directory.");
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of(), List.of("nope.sql")), dir))
                .hasMessage("<migrations><scripts>: " + dir.resolve("nope.sql") + " is not a file.");
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of("classpath:db/migration"), List.of()), dir))
                .hasMessage("<migrations><location> \"classpath:db/migration\": classpath: locations cannot be read at generate-sources;"
                        + " name the directory, e.g. filesystem:src/main/resources/db/migration.");
        assertThatThrownBy(() -> MigrationSource.of(config("h2", List.of("s3:bucket/m"), List.of()), dir))
                .hasMessage("<migrations><location> \"s3:bucket/m\": only filesystem: locations are supported.");
    }

    @Test
    void historyTableJoinsTheExcludes() {
        assertThat(FlywayMigrations.excludingHistory(null)).isEqualTo("flyway_schema_history");
        assertThat(FlywayMigrations.excludingHistory(" tmp_.* ")).isEqualTo("tmp_.*,flyway_schema_history");
    }
}
