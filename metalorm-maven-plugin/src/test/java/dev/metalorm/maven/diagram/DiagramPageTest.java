package dev.metalorm.maven.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.report.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of the picture and what the page carries; drawing it is {@link DiagramBrowserTest}'s. */
class DiagramPageTest {
    @TempDir
    Path dir;

    @Test
    void writesTheTextThePageAndTheRendererBesideIt() throws Exception {
        ModelDiagram diagram = ModelDiagramTest.diagram(ModelDiagramTest.fixture());
        DiagramFiles.Written written = DiagramFiles.write(dir, diagram);

        assertThat(written.mermaid()).hasFileName("model.mmd").content(StandardCharsets.UTF_8).isEqualTo(diagram.mermaid());
        assertThat(dir.resolve(DiagramFiles.RENDERER)).isRegularFile();
        assertThat(Files.size(dir.resolve(DiagramFiles.RENDERER))).isGreaterThan(1_000_000);
        assertThat(dir.resolve("mermaid-LICENSE.txt")).content().contains("MIT License");
        String page = Files.readString(written.page());
        // the renderer beside the page, never from the network
        assertThat(page).contains("<script src=\"mermaid.min.js\"></script>").doesNotContain("http://", "https://", "cdn")
                .contains("Mermaid " + DiagramFiles.rendererVersion())
                .contains("<title>schema public (H2 1.0): 12 tables, 10 relation lines (1 not declared, dashed)</title>")
                .contains("id=\"search\"", "id=\"groups\"");
        // the model inside a script: no "<" that could end it, the names as written
        String json = page.substring(page.indexOf("<script type=\"application/json\" id=\"model\">") + 43, page.indexOf("</script>",
                page.indexOf("id=\"model\"")));
        assertThat(json).doesNotContain("<").contains("\"table\": \"odd\\\"%name\"", "\"table\": \"Größe Tabelle\"",
                "\\u003creferences>");
        assertThat(DiagramFiles.fileNames()).allMatch(f -> Files.exists(dir.resolve(f)));
    }

    @Test
    void aSecondRunWithTheSameModelWritesTheSameBytes() throws Exception {
        ModelDiagram diagram = ModelDiagramTest.diagram(ModelDiagramTest.fixture());
        DiagramFiles.write(dir, diagram);
        byte[] first = Files.readAllBytes(dir.resolve("model.html"));
        long modified = Files.getLastModifiedTime(dir.resolve("model.html")).toMillis();
        Thread.sleep(20);
        DiagramFiles.write(dir, ModelDiagramTest.diagram(ModelDiagramTest.fixture()));
        assertThat(Files.readAllBytes(dir.resolve("model.html"))).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(dir.resolve("model.html")).toMillis()).isEqualTo(modified);
    }

    @Test
    void placeholdersAreFilledInOnePass() {
        assertThat(DiagramPage.fill("a @X@ b @Y@", Map.of("X", "@Y@", "Y", "y"))).isEqualTo("a @Y@ b y");
        assertThat(Json.write("</script>")).isEqualTo("\"</script>\"\n");
    }
}
