package dev.metalorm.maven.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateTest {
    @TempDir
    Path dir;

    private MigrationSource source() throws IOException {
        Files.createDirectories(dir.resolve("m/nested"));
        if (!Files.exists(dir.resolve("m/V1__a.sql"))) {
            Files.writeString(dir.resolve("m/V1__a.sql"), "CREATE TABLE a (id INT);");
            Files.writeString(dir.resolve("m/nested/V2__b.sql"), "CREATE TABLE b (id INT);");
        }
        return new MigrationSource(Engine.POSTGRES, null, List.of(dir.resolve("m")), List.of());
    }

    @Test
    void everyInputCounts() throws IOException {
        MigrationSource source = source();
        String base = UpToDate.inputs(source, "config", "1.0", null);
        assertThat(UpToDate.inputs(source, "config", "1.0", null)).isEqualTo(base);
        assertThat(UpToDate.inputs(source, "config2", "1.0", null)).isNotEqualTo(base);
        assertThat(UpToDate.inputs(source, "config", "1.1", null)).isNotEqualTo(base);
        assertThat(UpToDate.inputs(new MigrationSource(Engine.H2, null, source.locations(), List.of()), "config", "1.0", null))
                .isNotEqualTo(base);
        Path lock = Files.writeString(dir.resolve("metalorm.lock"), "lock");
        assertThat(UpToDate.inputs(source, "config", "1.0", lock)).isNotEqualTo(base);

        Files.writeString(dir.resolve("m/nested/V2__b.sql"), "CREATE TABLE b (id BIGINT);");
        assertThat(UpToDate.inputs(source, "config", "1.0", null)).isNotEqualTo(base);
        Files.writeString(dir.resolve("m/nested/V2__b.sql"), "CREATE TABLE b (id INT);");
        assertThat(UpToDate.inputs(source, "config", "1.0", null)).isEqualTo(base);
        Files.writeString(dir.resolve("m/V3__c.sql"), "CREATE TABLE c (id INT);");
        assertThat(UpToDate.inputs(source, "config", "1.0", null)).isNotEqualTo(base);
    }

    @Test
    void theStampHoldsInputsAndOutputs() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out/com/acme"));
        Files.writeString(out.resolve("User.java"), "class User {}");
        String outputs = UpToDate.outputs(dir.resolve("out"));
        Path stamp = dir.resolve("target/metalorm/generate.sha256");
        assertThat(UpToDate.matches(stamp, "in", outputs)).isFalse();

        UpToDate.write(stamp, "in", outputs);
        assertThat(UpToDate.matches(stamp, "in", outputs)).isTrue();
        assertThat(UpToDate.matches(stamp, "other", outputs)).isFalse();

        Files.writeString(out.resolve("User.java"), "class User { int edited; }");
        assertThat(UpToDate.outputs(dir.resolve("out"))).isNotEqualTo(outputs);
        assertThat(UpToDate.outputs(dir.resolve("missing"))).isNotEqualTo(UpToDate.outputs(Files.createDirectories(dir.resolve("empty"))));

        UpToDate.invalidate(stamp);
        assertThat(stamp).doesNotExist();
    }
}
