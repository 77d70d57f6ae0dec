package dev.metalorm.maven.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The up-to-date check of {@code metalorm:generate}: a SHA-256 of what the output depends on (the migration
 * files, the configuration, the plugin's version, the lock file) and one of the files it wrote, kept in a
 * stamp file under {@code target/}. Equal inputs and untouched outputs mean no database needs to start.
 */
public final class UpToDate {
    private UpToDate() {
    }

    /**
     * @param configuration the effective configuration, without anything that changes from run to run (no embedded URL)
     * @param lockFile the name lock file, or null
     */
    public static String inputs(MigrationSource source, String configuration, String pluginVersion, Path lockFile) {
        MessageDigest digest = sha256();
        line(digest, "plugin " + pluginVersion);
        line(digest, "config " + configuration);
        line(digest, "engine " + source.engine().value() + " " + source.compatibility());
        for (Path script : source.scripts()) {
            file(digest, "script " + script, script);
        }
        for (Path location : source.locations()) {
            line(digest, "location " + location);
            for (Path f : files(location)) {
                file(digest, location.relativize(f).toString().replace('\\', '/'), f);
            }
        }
        if (lockFile != null && Files.isRegularFile(lockFile)) {
            file(digest, "lock", lockFile);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files under {@code directory} (paths and contents); a missing directory has its own value. */
    public static String outputs(Path directory) {
        MessageDigest digest = sha256();
        if (!Files.isDirectory(directory)) {
            line(digest, "missing");
        } else {
            for (Path f : files(directory)) {
                file(digest, directory.relativize(f).toString().replace('\\', '/'), f);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the stamp holds exactly these values. */
    public static boolean matches(Path stamp, String inputs, String outputs) {
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(format(inputs, outputs));
        } catch (IOException e) {
            return false;
        }
    }

    public static void write(Path stamp, String inputs, String outputs) {
        try {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, format(inputs, outputs), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the stamp, so that a failed run is never taken as up to date. */
    public static void invalidate(Path stamp) {
        try {
            Files.deleteIfExists(stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(String inputs, String outputs) {
        return "inputs " + inputs + "\noutputs " + outputs + "\n";
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            // sorted by path, so that the value does not depend on the file system's order
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(MessageDigest digest, String name, Path file) {
        line(digest, name);
        try {
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line(digest, "");
    }

    private static void line(MessageDigest digest, String text) {
        digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
