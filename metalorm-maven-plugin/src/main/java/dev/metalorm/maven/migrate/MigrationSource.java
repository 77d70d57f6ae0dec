package dev.metalorm.maven.migrate;

import dev.metalorm.maven.config.ConfigException;
import dev.metalorm.maven.config.MigrationsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Validated {@code <migrations>}: which engine, and either Flyway location directories or plain scripts in order.
 *
 * @param engine the embedded engine
 * @param compatibility H2's {@code MODE}, or null (only with {@link Engine#H2})
 * @param locations directories Flyway scans for versioned migrations ({@code V1__name.sql}), absolute
 * @param scripts plain SQL scripts applied in this order, absolute
 */
public record MigrationSource(Engine engine, String compatibility, List<Path> locations, List<Path> scripts) {
    /** H2's compatibility modes worth generating from. */
    private static final Set<String> H2_MODES = Set.of("postgresql", "mysql", "mariadb", "regular", "strict", "legacy");

    public MigrationSource {
        Objects.requireNonNull(engine, "engine");
        locations = List.copyOf(locations);
        scripts = List.copyOf(scripts);
    }

    /**
     * @param basedir the project directory relative paths are resolved against
     * @throws ConfigException naming the {@code <migrations>} element to fix
     */
    public static MigrationSource of(MigrationsConfig config, Path basedir) {
        Engine engine = Engine.parse(config.getEngine()).orElseThrow(() -> new ConfigException(
                "<migrations><engine> must be postgres, mariadb or h2" + (isBlank(config.getEngine()) ? "" : ", not \"" + config.getEngine().trim() + "\"")
                        + ": the engine the migrations are written for (h2 only when you mean H2)."));
        String compatibility = isBlank(config.getCompatibility()) ? null : config.getCompatibility().trim();
        if (compatibility != null && engine != Engine.H2) {
            throw new ConfigException("<migrations><compatibility> is for <engine>h2</engine> only; " + engine.value()
                    + " runs the real engine.");
        }
        if (compatibility != null && !H2_MODES.contains(compatibility.toLowerCase(Locale.ROOT))) {
            throw new ConfigException("<migrations><compatibility> \"" + compatibility + "\" is not an H2 mode to generate from:"
                    + " use PostgreSQL, MySQL or MariaDB, or leave it out.");
        }
        List<Path> locations = new ArrayList<>();
        for (String location : nonBlank(config.getLocations())) {
            locations.add(directory(location, basedir));
        }
        List<Path> scripts = new ArrayList<>();
        for (String script : nonBlank(config.getScripts())) {
            Path file = basedir.resolve(script).normalize();
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("<migrations><scripts>: " + file + " is not a file.");
            }
            scripts.add(file);
        }
        if (locations.isEmpty() == scripts.isEmpty()) {
            throw new ConfigException("<migrations> needs either <locations> (Flyway migrations, e.g."
                    + " <location>filesystem:src/main/resources/db/migration</location>) or <scripts> (plain SQL files in order), not "
                    + (locations.isEmpty() ? "neither." : "both."));
        }
        return new MigrationSource(engine, compatibility, locations, scripts);
    }

    /** Whether the migrations are plain scripts (applied in order) rather than Flyway locations. */
    public boolean plainScripts() {
        return !scripts.isEmpty();
    }

    private static Path directory(String location, Path basedir) {
        String text = location.trim();
        if (text.startsWith("classpath:")) {
            // the plugin runs before the project's resources are on any class path, and a checksum needs the files
            throw new ConfigException("<migrations><location> \"" + text + "\": classpath: locations cannot be read at"
                    + " generate-sources; name the directory, e.g. filesystem:src/main/resources/" + text.substring("classpath:".length()) + ".");
        }
        if (text.startsWith("filesystem:")) {
            text = text.substring("filesystem:".length());
        } else if (text.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            // a scheme of two or more letters; C:\ is a Windows path
            throw new ConfigException("<migrations><location> \"" + text + "\": only filesystem: locations are supported.");
        }
        Path dir = basedir.resolve(text).normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("<migrations><location> " + dir + " is not a directory.");
        }
        return dir;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !isBlank(v)).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
