package dev.metalorm.maven.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The file system refused a read, write, move or removal: a read-only or full disk, missing permissions, a file
 * where a directory should be. The user's to fix, so one line naming the path and the reason, never "please report
 * this" (issue 16 item 10).
 */
public final class WriteFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    private WriteFailedException(String message, Path path, IOException cause) {
        super(message, cause);
        this.path = path;
    }

    /**
     * @param action what was being done, e.g. {@code "write the generated sources into /p/src/main/java"}
     * @param file the file being read or written when it failed, used when the exception names none
     * @param cause the file system's refusal
     * @param outcome what the sources are like now, e.g. {@code "Nothing was changed."}
     */
    public static WriteFailedException of(String action, Path file, IOException cause, String outcome) {
        Path failed = cause instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : file;
        Path blocker = cause instanceof FileAlreadyExistsException && failed != null && Files.isRegularFile(failed)
                ? failed : fileInTheWay(failed);
        String reason;
        String hint;
        if (blocker != null) {
            failed = blocker;
            reason = "a file is where a directory should be";
            hint = "move that file away";
        } else if (cause instanceof AccessDeniedException || mentions(cause, "Permission denied", "Operation not permitted")) {
            reason = "permission denied";
            hint = "make it writable for this user, or set metalorm.outputDirectory elsewhere";
        } else if (mentions(cause, "Read-only file system")) {
            reason = "read-only file system";
            hint = "set metalorm.outputDirectory to a writable directory";
        } else if (mentions(cause, "No space left on device", "Disk quota exceeded")) {
            reason = mentions(cause, "Disk quota exceeded") ? "disk quota exceeded" : "no space left on device";
            hint = "free some space and run again";
        } else if (cause instanceof NoSuchFileException) {
            reason = "no such file or directory";
            hint = "check metalorm.outputDirectory";
        } else {
            reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            hint = "check the path";
        }
        return new WriteFailedException("Cannot " + action + ": " + failed + ": " + reason + ". " + outcome + " To fix: " + hint + ".",
                failed, cause);
    }

    /** The path that failed (or the file in the way of a directory). */
    public Path path() {
        return path;
    }

    private static boolean mentions(IOException e, String... texts) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String message = e.getMessage();
        for (String text : texts) {
            if (reason != null && reason.contains(text) || message != null && message.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The regular file among {@code path} and its parents, when one stands where a directory is needed. */
    private static Path fileInTheWay(Path path) {
        if (path == null) {
            return null;
        }
        // the failing path itself may be a file only when a directory was wanted there (createDirectories)
        for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
