package dev.metalorm.maven.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-table and per-relation choices from the pom that win over inference and the naming rules.
 *
 * @param tables table overrides, at most one per table
 * @param relations relation overrides, at most one per (table, foreignKey)
 * @param tablePrefixes prefixes class names leave out ({@code metalorm.stripTablePrefix})
 */
public record Overrides(List<TableOverride> tables, List<RelationOverride> relations, TablePrefixes tablePrefixes) {
    public static final Overrides NONE = new Overrides(List.of(), List.of());

    public Overrides {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        relations = List.copyOf(Objects.requireNonNull(relations, "relations"));
        Objects.requireNonNull(tablePrefixes, "tablePrefixes");
    }

    public Overrides(List<TableOverride> tables, List<RelationOverride> relations) {
        this(tables, relations, TablePrefixes.NONE);
    }

    public Optional<TableOverride> table(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).findFirst();
    }
}
