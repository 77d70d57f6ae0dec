package dev.metalorm.maven.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's diagram of the demo schema is what the plugin writes for it: regenerate it when this fails. */
class ReadmeDiagramTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeShowsTheDemosModelMmd() throws Exception {
        DiagramBrowserTest.reverseDemo(dir);
        String mmd = Files.readString(dir.resolve("metalorm/model.mmd"));
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```mermaid\n");
        assertThat(start).as("a mermaid block in README.md").isPositive();
        String block = readme.substring(start + "```mermaid\n".length(), readme.indexOf("```", start + 3));
        assertThat(block).as("README.md's mermaid block, to be replaced by %s", dir.resolve("metalorm/model.mmd")).isEqualTo(mmd);
    }
}
