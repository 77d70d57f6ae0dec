package dev.metalorm.maven.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's own version, from a resource Maven filters at build time, for the generated header. */
public final class GeneratorVersion {
    private static final String RESOURCE = "generator.properties";

    private GeneratorVersion() {
    }

    public static String get() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing beside " + GeneratorVersion.class.getName());
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("Resource " + RESOURCE + " was not filtered: version=" + version);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
