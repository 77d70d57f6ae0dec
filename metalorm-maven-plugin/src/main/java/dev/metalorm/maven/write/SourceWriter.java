package dev.metalorm.maven.write;

import dev.metalorm.maven.render.GeneratedHeader;
import dev.metalorm.maven.render.RenderedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes rendered sources so that a failure at any point leaves the previous sources intact:
 *
 * <ol>
 *   <li>plan: compare every file with what is on disk; stop (nothing written) when a file without our
 *       header would be overwritten, or a generated file edited by hand would be overwritten or
 *       removed without {@code force};</li>
 *   <li>stage: write every new content to a temporary file beside its target;</li>
 *   <li>commit: move each temporary file over its target atomically, then delete the generated
 *       files of tables that are gone (ours, in the package directory, not rendered this time); each
 *       target's old content is kept beside it until the commit is done, and put back when a move fails.</li>
 * </ol>
 *
 * Files whose content is already identical are not touched (their modification time stays).
 * Files without our header are never overwritten or removed, even with {@code force}. A generated
 * file that was not rendered this time is removed only when its table (named in its header) is in
 * scope, i.e. passes the current includes/excludes: narrowing {@code metalorm.includes} to
 * regenerate one table leaves the other tables' files alone; a dropped or renamed table's file goes.
 *
 * <p>Generation gap: a {@link RenderedFile#createOnly() create-only} file (the user class) is written
 * when absent, or over a single-class entity we generated that nobody edited; a file without our
 * header at its path is the user's and stays untouched. The user class of a dropped table is removed
 * only while its content still has the hash recorded when it was created; otherwise the write is
 * refused, even with {@code force}: user code is never deleted.
 */
public final class SourceWriter {
    static final String TEMP_SUFFIX = ".metalorm-tmp";
    static final String BACKUP_SUFFIX = ".metalorm-old";

    /**
     * Decides what {@link #write} would do; reads, never writes.
     *
     * @param files every rendered file (paths relative to {@code outputDirectory})
     * @param outputDirectory the source root
     * @param packageName the entities' package: its directory is searched for stale generated files
     * @param force whether generated files edited by hand may be overwritten or removed
     */
    public WritePlan plan(List<RenderedFile> files, Path outputDirectory, String packageName, boolean force) {
        return plan(files, outputDirectory, packageName, force, table -> true);
    }

    /**
     * Like {@link #plan(List, Path, String, boolean)}, removing stale generated files only when
     * {@code tableInScope} accepts the table named in their header.
     */
    public WritePlan plan(List<RenderedFile> files, Path outputDirectory, String packageName, boolean force,
                          Predicate<String> tableInScope) {
        return plan(files, outputDirectory, packageName, force, tableInScope, Map.of());
    }

    /**
     * Like {@link #plan(List, Path, String, boolean, Predicate)}; also removes the user classes of
     * dropped tables (generation gap) that are still exactly as created: {@code droppedUserClasses}
     * maps their paths to the SHA-256 recorded when they were created. One that was changed is a
     * conflict, even with {@code force}: user code is never deleted.
     */
    public WritePlan plan(List<RenderedFile> files, Path outputDirectory, String packageName, boolean force,
                          Predicate<String> tableInScope, Map<String, String> droppedUserClasses) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> forced = new ArrayList<>();
        List<WritePlan.Conflict> conflicts = new ArrayList<>();
        Set<String> rendered = new HashSet<>();
        for (RenderedFile file : sorted(files)) {
            if (!rendered.add(file.relativePath())) {
                throw new IllegalArgumentException("Two rendered files share the path " + file.relativePath());
            }
            Path target = outputDirectory.resolve(file.relativePath());
            if (!Files.exists(target)) {
                created.add(file.relativePath());
                continue;
            }
            String existing = read(target);
            if (GeneratedHeader.sameText(existing, file.content())) {
                unchanged.add(file.relativePath());
                continue;
            }
            GeneratedHeader.Status status = GeneratedHeader.inspect(existing);
            if (file.createOnly() && status == GeneratedHeader.Status.FOREIGN) {
                // the user's class: never touched; but a class of theirs that is not the entity
                // (it does not extend the generated base) would silently replace it
                if (extendsBase(existing, file.relativePath())) {
                    unchanged.add(file.relativePath());
                } else {
                    conflicts.add(new WritePlan.Conflict(file.relativePath(), WritePlan.ConflictKind.NOT_A_USER_CLASS));
                }
                continue;
            }
            switch (status) {
                case INTACT -> updated.add(file.relativePath());
                case EDITED -> {
                    if (force) {
                        updated.add(file.relativePath());
                        forced.add(file.relativePath());
                    } else {
                        conflicts.add(new WritePlan.Conflict(file.relativePath(), WritePlan.ConflictKind.EDITED));
                    }
                }
                case FOREIGN -> conflicts.add(new WritePlan.Conflict(file.relativePath(), WritePlan.ConflictKind.FOREIGN));
                default -> throw new IllegalStateException();
            }
        }
        Path packageDirectory = outputDirectory.resolve(packageName.replace('.', '/'));
        String prefix = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        for (Path candidate : javaFiles(packageDirectory)) {
            String relative = prefix + candidate.getFileName().toString();
            if (rendered.contains(relative)) {
                continue;
            }
            String existing = read(candidate);
            // an entity of a table out of scope, or an enum some table out of scope uses: not this run's business
            if (GeneratedHeader.tables(existing).stream().anyMatch(t -> !tableInScope.test(t))) {
                continue;
            }
            switch (GeneratedHeader.inspect(existing)) {
                case INTACT -> removed.add(relative);
                case EDITED -> {
                    if (force) {
                        removed.add(relative);
                        forced.add(relative);
                    } else {
                        conflicts.add(new WritePlan.Conflict(relative, WritePlan.ConflictKind.EDITED_STALE));
                    }
                }
                case FOREIGN -> {
                    // someone else's class beside ours: not our business
                }
                default -> throw new IllegalStateException();
            }
        }
        for (Map.Entry<String, String> userClass : new java.util.TreeMap<>(droppedUserClasses).entrySet()) {
            Path target = outputDirectory.resolve(userClass.getKey());
            if (rendered.contains(userClass.getKey()) || removed.contains(userClass.getKey()) || !Files.isRegularFile(target)) {
                continue;
            }
            if (GeneratedHeader.contentHash(read(target)).equals(userClass.getValue())) {
                removed.add(userClass.getKey());
            } else {
                conflicts.add(new WritePlan.Conflict(userClass.getKey(), WritePlan.ConflictKind.CHANGED_USER_CLASS));
            }
        }
        removed.sort(Comparator.naturalOrder());
        forced.sort(Comparator.naturalOrder());
        return new WritePlan(new WriteResult(created, updated, unchanged, removed, forced), conflicts);
    }

    /**
     * Plans, then writes and removes.
     *
     * @throws WriteConflictException when the plan has conflicts; nothing was written
     * @throws WriteFailedException when a file cannot be written; the previous sources are intact
     */
    public WriteResult write(List<RenderedFile> files, Path outputDirectory, String packageName, boolean force) {
        return write(files, outputDirectory, packageName, force, table -> true);
    }

    /** Like {@link #write(List, Path, String, boolean)}, with the scope of {@link #plan(List, Path, String, boolean, Predicate)}. */
    public WriteResult write(List<RenderedFile> files, Path outputDirectory, String packageName, boolean force,
                             Predicate<String> tableInScope) {
        return write(plan(files, outputDirectory, packageName, force, tableInScope), files, outputDirectory);
    }

    /** A file committed together with the sources, after them (the name lock): rolled back with them. */
    public record SideFile(Path path, String content) {
    }

    /**
     * Applies a plan made by {@link #plan}: writes and removes.
     *
     * @throws WriteConflictException when the plan has conflicts; nothing was written
     * @throws WriteFailedException when the file system refuses; the previous sources are intact
     */
    public WriteResult write(WritePlan plan, List<RenderedFile> files, Path outputDirectory) {
        return write(plan, files, outputDirectory, List.of());
    }

    /**
     * Applies a plan and writes {@code sideFiles} in the same commit. Every new content is staged first (a failure
     * there changes nothing); then each target's old content is kept as a hard link (or copy) beside it before the
     * staged file is moved over it, so that a failure while moving puts every file moved so far back: the tree is
     * the old one or the new one, never a mix (issue 16 item 10).
     *
     * @throws WriteConflictException when the plan has conflicts; nothing was written
     * @throws WriteFailedException when the file system refuses, naming the path and why; nothing was changed
     */
    public WriteResult write(WritePlan plan, List<RenderedFile> files, Path outputDirectory, List<SideFile> sideFiles) {
        if (!plan.conflicts().isEmpty()) {
            throw new WriteConflictException(conflictMessage(outputDirectory, plan.conflicts()), plan.conflicts());
        }
        String action = "write the generated sources into " + outputDirectory;
        WriteResult result = plan.result();
        Set<String> toWrite = new TreeSet<>(result.created());
        toWrite.addAll(result.updated());
        Map<Path, Path> staged = new LinkedHashMap<>();
        Path current = outputDirectory;
        try {
            for (RenderedFile file : sorted(files)) {
                if (toWrite.contains(file.relativePath())) {
                    current = outputDirectory.resolve(file.relativePath());
                    staged.put(stage(current, file.content()), current);
                }
            }
            for (SideFile side : sideFiles) {
                current = side.path().toAbsolutePath();
                staged.put(stage(current, side.content()), current);
            }
        } catch (IOException e) {
            staged.keySet().forEach(SourceWriter::deleteQuietly);
            throw WriteFailedException.of(action, current, e, "Nothing was changed.");
        }
        List<Undo> undo = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                current = move.getValue();
                undo.add(keep(current));
                moveIntoPlace(move.getKey(), current);
            }
            for (String stale : result.removed()) {
                current = outputDirectory.resolve(stale);
                if (Files.exists(current)) {
                    Path backup = backupOf(current);
                    Files.deleteIfExists(backup);
                    Files.move(current, backup, StandardCopyOption.ATOMIC_MOVE);
                    undo.add(new Undo(current, backup));
                }
            }
        } catch (IOException e) {
            Path notRestored = rollBack(undo);
            staged.keySet().forEach(SourceWriter::deleteQuietly);
            throw WriteFailedException.of(action, current, e, notRestored == null
                    ? "Nothing was changed: the files moved so far were put back."
                    : "Putting the previous files back failed at " + notRestored + ": the previous content of each is in the"
                    + " file beside it named ." + notRestored.getFileName() + BACKUP_SUFFIX + " (and alike).");
        }
        undo.forEach(u -> {
            if (u.backup() != null) {
                deleteQuietly(u.backup());
            }
        });
        return result;
    }

    /** How to put one target back: its old content's backup, or none when the target did not exist. */
    private record Undo(Path target, Path backup) {
    }

    /** Keeps the target's current content as a backup beside it (a hard link where the file system has them). */
    private static Undo keep(Path target) throws IOException {
        if (!Files.exists(target)) {
            return new Undo(target, null);
        }
        if (!Files.isRegularFile(target)) {
            throw new FileSystemException(target.toString(), null, "a directory is where a file should be");
        }
        Path backup = backupOf(target);
        Files.deleteIfExists(backup); // left over from a run that was killed: ours
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return new Undo(target, backup);
    }

    /** Undoes in reverse order; returns the first target that could not be put back, or null. */
    private static Path rollBack(List<Undo> undo) {
        Path failed = null;
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            try {
                if (u.backup() == null) {
                    Files.deleteIfExists(u.target());
                } else {
                    Files.move(u.backup(), u.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                failed = failed == null ? u.target() : failed;
            }
        }
        return failed;
    }

    private static Path backupOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + BACKUP_SUFFIX);
    }

    /** Whether a user class {@code .../User.java} declares {@code extends UserBase} (possibly qualified). */
    private static boolean extendsBase(String content, String relativePath) {
        String simple = relativePath.substring(relativePath.lastIndexOf('/') + 1, relativePath.length() - ".java".length());
        return java.util.regex.Pattern.compile("\\bextends\\s+([\\w$]+\\s*\\.\\s*)*" + java.util.regex.Pattern.quote(simple + "Base") + "\\b")
                .matcher(content).find();
    }

    static String conflictMessage(Path outputDirectory, List<WritePlan.Conflict> conflicts) {
        StringBuilder sb = new StringBuilder("Refusing to write generated sources into ").append(outputDirectory).append(": ");
        boolean edited = false;
        boolean foreign = false;
        boolean userClass = false;
        boolean notUserClass = false;
        for (int i = 0; i < conflicts.size(); i++) {
            WritePlan.Conflict c = conflicts.get(i);
            sb.append(i == 0 ? "" : "; ").append(c.path()).append(switch (c.kind()) {
                case FOREIGN -> " has no metalorm header";
                case EDITED -> " was edited by hand";
                case EDITED_STALE -> " was edited by hand and its table is gone";
                case CHANGED_USER_CLASS -> " is your class of a dropped table and no longer compiles without its generated base class";
                case NOT_A_USER_CLASS -> " has no metalorm header and does not extend its generated base class";
            });
            edited |= c.kind() == WritePlan.ConflictKind.EDITED || c.kind() == WritePlan.ConflictKind.EDITED_STALE;
            foreign |= c.kind() == WritePlan.ConflictKind.FOREIGN;
            userClass |= c.kind() == WritePlan.ConflictKind.CHANGED_USER_CLASS;
            notUserClass |= c.kind() == WritePlan.ConflictKind.NOT_A_USER_CLASS;
        }
        sb.append('.');
        if (edited) {
            sb.append(" Rerun with -Dmetalorm.force=true to overwrite (or remove) hand-edited files,"
                    + " or delete their two header lines and exclude their table with metalorm.excludes to keep them as your own.");
        }
        if (foreign) {
            sb.append(" A file without the metalorm header is never overwritten: move it, or give its table another"
                    + " class name with a <className> override.");
        }
        if (notUserClass) {
            sb.append(" With the generation gap the entity is a class of yours that extends the generated base"
                    + " (public class User extends UserBase): make it extend it, or move it away to have one created.");
        }
        if (userClass) {
            sb.append(" Your changes to a user class are never deleted: move what you want to keep elsewhere, delete the file,"
                    + " and rerun metalorm:reverse.");
        }
        return sb.toString();
    }

    private static Path stage(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        // left over from a run that was killed: ours to replace
        Files.deleteIfExists(temp);
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
        return temp;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<RenderedFile> sorted(List<RenderedFile> files) {
        List<RenderedFile> copy = new ArrayList<>(files);
        copy.sort(Comparator.comparing(RenderedFile::relativePath));
        return copy;
    }

    private static List<Path> javaFiles(Path directory) {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return result;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.java")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    result.add(p);
                }
            }
        } catch (IOException e) {
            throw WriteFailedException.of("list the generated sources in " + directory, directory, e, "Nothing was changed.");
        }
        result.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return result;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailedException.of("read the existing source " + file.getFileName(), file, e, "Nothing was changed.");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a leftover temporary file is replaced on the next run
        }
    }
}
