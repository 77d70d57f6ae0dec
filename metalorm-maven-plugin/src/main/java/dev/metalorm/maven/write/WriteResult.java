package dev.metalorm.maven.write;

import java.util.List;
import java.util.Objects;

/**
 * What the writer did; paths are relative to the output directory, '/'-separated and sorted.
 *
 * @param created files that did not exist
 * @param updated generated files whose content changed
 * @param unchanged files already byte-identical (or differing only in {@code \r}); not touched
 * @param removed generated files of tables that are gone
 * @param forced files among {@code updated} and {@code removed} that had been edited by hand ({@code metalorm.force})
 */
public record WriteResult(List<String> created, List<String> updated, List<String> unchanged, List<String> removed, List<String> forced) {
    public static final WriteResult NOTHING = new WriteResult(List.of(), List.of(), List.of(), List.of(), List.of());

    public WriteResult {
        created = List.copyOf(Objects.requireNonNull(created, "created"));
        updated = List.copyOf(Objects.requireNonNull(updated, "updated"));
        unchanged = List.copyOf(Objects.requireNonNull(unchanged, "unchanged"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        forced = List.copyOf(Objects.requireNonNull(forced, "forced"));
    }

    /** Created plus updated. */
    public int written() {
        return created.size() + updated.size();
    }
}
