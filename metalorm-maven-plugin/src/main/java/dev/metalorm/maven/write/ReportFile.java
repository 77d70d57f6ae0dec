package dev.metalorm.maven.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a build artifact such as the JSON report: temporary file, then an atomic move; untouched when identical. */
public final class ReportFile {
    private ReportFile() {
    }

    /** @return whether the file was (re)written */
    public static boolean write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** @return whether the file was (re)written */
    public static boolean write(Path file, byte[] bytes) {
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + SourceWriter.TEMP_SUFFIX);
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw WriteFailedException.of("write " + file.getFileName(), file, e, "The generated sources are not affected.");
        }
    }
}
