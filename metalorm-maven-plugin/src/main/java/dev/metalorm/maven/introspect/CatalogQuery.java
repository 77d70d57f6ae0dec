package dev.metalorm.maven.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Catalog queries are resources {@code introspect/<dialect>/<what>.sql} next to this class. */
final class CatalogQuery {
    private CatalogQuery() {
    }

    static String load(String dialect, String what) {
        String resource = dialect + "/" + what + ".sql";
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalog query resource dev/metalorm/maven/introspect/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read catalog query resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
