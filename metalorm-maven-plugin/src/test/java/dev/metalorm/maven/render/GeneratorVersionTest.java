package dev.metalorm.maven.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {
    @Test
    void versionIsTheFilteredProjectVersion() {
        assertThat(GeneratorVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }
}
