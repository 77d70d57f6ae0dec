package dev.metalorm.maven.diagram;

import dev.metalorm.maven.write.ReportFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Writes the picture of the model into one directory ({@code target/metalorm}): {@code model.mmd}, {@code model.html},
 * and beside the page the Mermaid renderer it loads with its licence. The renderer is {@code dist/mermaid.min.js} of
 * the npm release that the {@code org.webjars.npm:mermaid} jar carries; the plugin's build copies it into the plugin
 * (see its pom), so a run needs no network and the page no CDN. Each file is rewritten only when it changed.
 */
public final class DiagramFiles {
    /** The renderer's file name beside the page. */
    public static final String RENDERER = "mermaid.min.js";
    static final String LICENSE = "mermaid-LICENSE.txt";

    private DiagramFiles() {
    }

    /** What was written where. */
    public record Written(Path mermaid, Path page) {
    }

    public static Written write(Path directory, ModelDiagram diagram) {
        Path mmd = directory.resolve("model.mmd");
        Path page = directory.resolve("model.html");
        ReportFile.write(mmd, diagram.mermaid());
        ReportFile.write(directory.resolve(RENDERER), resource(RENDERER));
        ReportFile.write(directory.resolve(LICENSE), resource(LICENSE));
        ReportFile.write(page, DiagramPage.html(diagram, rendererVersion()));
        return new Written(mmd, page);
    }

    /** The Mermaid release the plugin carries, e.g. {@code 11.14.0}. */
    public static String rendererVersion() {
        Properties p = new Properties();
        try (InputStream in = DiagramFiles.class.getResourceAsStream("renderer.properties")) {
            if (in == null) {
                throw new IllegalStateException("Resource renderer.properties is missing beside " + DiagramFiles.class.getName());
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("mermaid", "");
        if (version.isBlank() || version.startsWith("${")) {
            throw new IllegalStateException("Resource renderer.properties was not filtered: mermaid=" + version);
        }
        return version.trim();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DiagramFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing beside " + DiagramFiles.class.getName()
                        + ": the plugin's build copies it from org.webjars.npm:mermaid (generate-resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files {@link #write} puts in the directory, for documentation and tests. */
    public static List<String> fileNames() {
        return List.of("model.mmd", "model.html", RENDERER, LICENSE);
    }
}
