package dev.metalorm.maven.render;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath path under the output directory, '/'-separated, e.g. {@code com/acme/model/User.java}
 * @param content the whole file: header, then the source; UTF-8, {@code \n} line endings
 */
public record RenderedFile(String relativePath, String content) {
    public RenderedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
