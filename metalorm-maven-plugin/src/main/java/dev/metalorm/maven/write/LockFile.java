package dev.metalorm.maven.write;

import dev.metalorm.maven.naming.NameLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code metalorm.lock}; writing goes through a temporary file and leaves an identical file untouched. */
public final class LockFile {
    private LockFile() {
    }

    /** The file's text, or null when there is no file. */
    public static String readText(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailedException.of("read " + file.getFileName(), file, e, "Nothing was changed.");
        }
    }

    /** The lock in {@code file}, or {@link NameLock#EMPTY} when there is none. */
    public static NameLock read(Path file) {
        String text = readText(file);
        return text == null ? NameLock.EMPTY : NameLock.parse(text, file.getFileName().toString());
    }

    /** @return whether the file was (re)written */
    public static boolean write(Path file, NameLock lock) {
        return ReportFile.write(file, lock.format());
    }
}
