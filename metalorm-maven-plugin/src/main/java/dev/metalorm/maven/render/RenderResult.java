package dev.metalorm.maven.render;

import dev.metalorm.maven.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What render produced.
 *
 * @param files one per entity, sorted by path
 * @param diagnostics e.g. columns whose type had no mapping and fell back to a safe one
 */
public record RenderResult(List<RenderedFile> files, List<Diagnostic> diagnostics) {
    public RenderResult {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }
}
