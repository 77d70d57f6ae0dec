package dev.metalorm.maven.render;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath path under the output directory, '/'-separated, e.g. {@code com/acme/model/User.java}
 * @param content the whole file: header, then the source; UTF-8, {@code \n} line endings
 * @param createOnly true for a user class of the generation gap: written only when the file is
 *        absent (or is still a single-class entity we generated), never overwritten after that
 */
public record RenderedFile(String relativePath, String content, boolean createOnly) {
    public RenderedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }

    /** A generated file, rewritten on every run. */
    public RenderedFile(String relativePath, String content) {
        this(relativePath, content, false);
    }
}
