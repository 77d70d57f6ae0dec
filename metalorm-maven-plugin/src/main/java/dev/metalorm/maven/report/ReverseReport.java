package dev.metalorm.maven.report;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.suggest.Evidence;
import dev.metalorm.maven.suggest.Suggestion;
import dev.metalorm.maven.suggest.Suggestions;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.write.WriteResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one run of {@code reverse} found and did: written to {@code target/metalorm/reverse-report.json}
 * and printed by {@code -Dmetalorm.explain}. Deterministic: no time, no absolute path; tables sorted
 * by name, relations by owner table then {@link Relation#key()}, diagnostics by severity (errors
 * first), subject and message.
 *
 * @param generatorVersion the plugin's version
 * @param snapshot what was read
 * @param inference classifications and relations with their reasons
 * @param model class and field names
 * @param diagnostics every stage's diagnostics
 * @param files what the writer did
 * @param suggestions relations the schema does not declare, accepted or not
 */
public record ReverseReport(
        String generatorVersion,
        SchemaSnapshot snapshot,
        InferenceResult inference,
        NamedModel model,
        List<Diagnostic> diagnostics,
        WriteResult files,
        Suggestions suggestions) {

    /** Where the report goes, relative to the build directory ({@code target}). */
    public static final String FILE = "metalorm/reverse-report.json";

    private static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = Comparator
            .comparing((Diagnostic d) -> -d.severity().ordinal())
            .thenComparing(Diagnostic::subject)
            .thenComparing(Diagnostic::message);

    public ReverseReport {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(model, "model");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(suggestions, "suggestions");
    }

    /** A report without suggestions. */
    public ReverseReport(String generatorVersion, SchemaSnapshot snapshot, InferenceResult inference, NamedModel model,
                         List<Diagnostic> diagnostics, WriteResult files) {
        this(generatorVersion, snapshot, inference, model, diagnostics, files, Suggestions.NONE);
    }

    /** The JSON document, UTF-8 text with {@code \n} line endings. */
    public String toJson() {
        Map<String, String> classNames = classNames();
        Map<String, RelationProperty> fields = relationFields();
        LinkedHashMap<String, Object> root = new LinkedHashMap<>();
        root.put("generator", "metalorm-maven-plugin " + generatorVersion);
        root.put("product", snapshot.product());
        root.put("productVersion", snapshot.productVersion());
        root.put("schema", snapshot.schema());
        root.put("packageName", model.packageName());

        Map<String, TableClassification> classifications = classifications();
        List<Object> tables = new ArrayList<>();
        for (TableSnapshot table : sortedTables()) {
            TableClassification c = classifications.get(table.name());
            LinkedHashMap<String, Object> t = new LinkedHashMap<>();
            t.put("name", table.name());
            t.put("kind", table.kind().name().toLowerCase(java.util.Locale.ROOT));
            t.put("className", classNames.get(table.name()));
            t.put("junction", c != null && c.junction());
            t.put("rule", c == null ? null : c.reason().rule());
            t.put("facts", c == null ? null : c.reason().facts());
            tables.add(t);
        }
        root.put("tables", tables);

        List<Object> relations = new ArrayList<>();
        for (Relation r : sortedRelations()) {
            RelationProperty p = fields.get(r.key());
            LinkedHashMap<String, Object> o = new LinkedHashMap<>();
            o.put("key", r.key());
            o.put("kind", kindName(r.kind()));
            o.put("table", r.table());
            o.put("field", p == null ? null : p.fieldName());
            o.put("target", r.targetTable());
            o.put("targetClass", p == null ? null : p.targetClassName());
            o.put("foreignKeyName", r.foreignKeyName());
            if (r.kind() == RelationKind.BELONGS_TO_MANY) {
                o.put("targetForeignKeyName", r.targetForeignKeyName());
                o.put("pivotTable", r.pivotTable());
                o.put("pivotForeignKeyToRoot", r.pivotForeignKeyToRoot());
                o.put("pivotForeignKeyToTarget", r.pivotForeignKeyToTarget());
                o.put("localKey", r.localKey());
                o.put("targetKey", r.targetKey());
            } else {
                o.put("foreignKey", r.foreignKey());
                o.put(r.kind() == RelationKind.BELONGS_TO ? "targetKey" : "localKey",
                        r.kind() == RelationKind.BELONGS_TO ? r.targetKey() : r.localKey());
            }
            o.put("rule", r.reason().rule());
            o.put("facts", r.reason().facts());
            o.put("declared", r.declared());
            if (!r.declared()) {
                suggestionOf(r).ifPresent(s -> o.put("confidence", SuggestionOptions.format(s.confidence())));
            }
            relations.add(o);
        }
        root.put("relations", relations);

        List<Object> enums = new ArrayList<>();
        for (dev.metalorm.maven.naming.EnumModel e : model.enums()) {
            LinkedHashMap<String, Object> o = new LinkedHashMap<>();
            o.put("className", e.className());
            o.put("source", e.source());
            o.put("columns", e.columns().stream().map(Object::toString).toList());
            List<Object> constants = new ArrayList<>();
            for (dev.metalorm.maven.naming.EnumModel.Constant c : e.constants()) {
                LinkedHashMap<String, Object> k = new LinkedHashMap<>();
                k.put("name", c.name());
                k.put("label", c.label());
                constants.add(k);
            }
            o.put("constants", constants);
            enums.add(o);
        }
        root.put("enums", enums);

        LinkedHashMap<String, Object> inferred = new LinkedHashMap<>();
        inferred.put("inferRelations", suggestions.options().inferRelations().name().toLowerCase(java.util.Locale.ROOT));
        inferred.put("verifyRelations", suggestions.options().verifyRelations().name().toLowerCase(java.util.Locale.ROOT));
        inferred.put("minConfidence", SuggestionOptions.format(suggestions.options().minConfidence()));
        List<Object> suggestionList = new ArrayList<>();
        for (Suggestion s : suggestions.all()) {
            LinkedHashMap<String, Object> o = new LinkedHashMap<>();
            o.put("table", s.table());
            o.put("columns", s.columns());
            o.put("target", s.targetTable());
            o.put("targetColumns", s.targetColumns());
            o.put("confidence", SuggestionOptions.format(s.confidence()));
            o.put("accepted", s.accepted());
            o.put("verdict", s.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.put("why", s.why());
            List<Object> evidence = new ArrayList<>();
            for (Evidence e : s.evidence()) {
                LinkedHashMap<String, Object> ev = new LinkedHashMap<>();
                ev.put("kind", e.kind());
                ev.put("points", SuggestionOptions.format(e.points()));
                ev.put("fact", e.fact());
                evidence.add(ev);
            }
            o.put("evidence", evidence);
            suggestionList.add(o);
        }
        inferred.put("suggestions", suggestionList);
        root.put("relationsWithoutForeignKeys", inferred);

        List<Object> diagnosticList = new ArrayList<>();
        for (Diagnostic d : sortedDiagnostics()) {
            LinkedHashMap<String, Object> o = new LinkedHashMap<>();
            o.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
            o.put("subject", d.subject());
            o.put("message", d.message());
            diagnosticList.add(o);
        }
        root.put("diagnostics", diagnosticList);

        LinkedHashMap<String, Object> f = new LinkedHashMap<>();
        f.put("created", files.created());
        f.put("updated", files.updated());
        f.put("unchanged", files.unchanged());
        f.put("removed", files.removed());
        f.put("forced", files.forced());
        root.put("files", f);
        return Json.write(root);
    }

    /** The report as text for a person, one fact per line, for {@code -Dmetalorm.explain}. */
    public String explain() {
        Map<String, String> classNames = classNames();
        Map<String, RelationProperty> fields = relationFields();
        StringBuilder sb = new StringBuilder();
        sb.append("Schema ").append(snapshot.schema()).append(" on ").append(snapshot.product()).append(' ')
                .append(snapshot.productVersion()).append(" -> package ").append(model.packageName()).append('\n');
        List<TableSnapshot> tables = sortedTables();
        Map<String, TableClassification> classifications = classifications();
        sb.append("Tables (").append(tables.size()).append("):\n");
        for (TableSnapshot table : tables) {
            TableClassification c = classifications.get(table.name());
            sb.append("  ").append(table.name()).append(" -> ").append(classNames.getOrDefault(table.name(), "(no class)"));
            if (table.kind() != dev.metalorm.maven.snapshot.TableKind.TABLE) {
                sb.append(" [view]");
            }
            if (c != null && c.junction()) {
                sb.append(" [junction]");
            }
            sb.append('\n');
            if (c != null) {
                sb.append("      ").append(c.reason()).append('\n');
            }
        }
        List<Relation> relations = sortedRelations();
        sb.append("Relations (").append(relations.size()).append("):\n");
        for (Relation r : relations) {
            RelationProperty p = fields.get(r.key());
            sb.append("  ").append(classNames.getOrDefault(r.table(), r.table())).append('.')
                    .append(p == null ? "?" : p.fieldName()).append(": ").append(kindName(r.kind())).append(' ')
                    .append(p == null ? r.targetTable() : p.targetClassName());
            switch (r.kind()) {
                case BELONGS_TO -> sb.append(" via ").append(r.table()).append(' ').append(keys(r.foreignKey()))
                        .append(" -> ").append(r.targetTable()).append(' ').append(keys(r.targetKey()));
                case HAS_MANY, HAS_ONE -> sb.append(" via ").append(r.targetTable()).append(' ').append(keys(r.foreignKey()))
                        .append(" -> ").append(r.table()).append(' ').append(keys(r.localKey()));
                case BELONGS_TO_MANY -> sb.append(" through ").append(r.pivotTable()).append(' ')
                        .append(keys(r.pivotForeignKeyToRoot())).append(" / ").append(keys(r.pivotForeignKeyToTarget()));
                default -> throw new IllegalStateException();
            }
            if (!r.declared()) {
                sb.append(suggestionOf(r).map(s -> " [not declared, confidence " + SuggestionOptions.format(s.confidence()) + "]")
                        .orElse(" [not declared]"));
            }
            sb.append('\n').append("      ").append(r.reason()).append('\n');
        }
        if (!suggestions.all().isEmpty()) {
            sb.append("Relations without foreign keys (").append(suggestions.all().size()).append(", metalorm.inferRelations=")
                    .append(suggestions.options().inferRelations().name().toLowerCase(java.util.Locale.ROOT)).append(", minConfidence ")
                    .append(SuggestionOptions.format(suggestions.options().minConfidence())).append("):\n");
            for (Suggestion s : suggestions.all()) {
                sb.append("  ").append(s.line()).append('\n');
                for (Evidence e : s.evidence()) {
                    sb.append("      ").append(e).append('\n');
                }
            }
        }
        List<Diagnostic> diagnosticList = sortedDiagnostics();
        if (!diagnosticList.isEmpty()) {
            sb.append("Diagnostics (").append(diagnosticList.size()).append("):\n");
            for (Diagnostic d : diagnosticList) {
                sb.append("  ").append(d).append('\n');
            }
        }
        sb.append("Files: ").append(files.created().size()).append(" created, ").append(files.updated().size())
                .append(" updated, ").append(files.unchanged().size()).append(" unchanged, ")
                .append(files.removed().size()).append(" removed\n");
        return sb.toString();
    }

    /** MetalORM's spelling of a kind: belongsTo, hasMany, hasOne, belongsToMany. */
    public static String kindName(RelationKind kind) {
        return switch (kind) {
            case BELONGS_TO -> "belongsTo";
            case HAS_MANY -> "hasMany";
            case HAS_ONE -> "hasOne";
            case BELONGS_TO_MANY -> "belongsToMany";
        };
    }

    /** The suggestion behind a relation the database does not declare (for a belongsToMany: its key to the owner). */
    private java.util.Optional<Suggestion> suggestionOf(Relation r) {
        return switch (r.kind()) {
            case BELONGS_TO -> suggestions.of(r.table(), r.foreignKey());
            case HAS_MANY, HAS_ONE -> suggestions.of(r.targetTable(), r.foreignKey());
            case BELONGS_TO_MANY -> suggestions.of(r.pivotTable(), r.pivotForeignKeyToRoot())
                    .or(() -> suggestions.of(r.pivotTable(), r.pivotForeignKeyToTarget()));
        };
    }

    private static String keys(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private List<TableSnapshot> sortedTables() {
        List<TableSnapshot> tables = new ArrayList<>(snapshot.tables());
        tables.sort(Comparator.comparing(TableSnapshot::name));
        return tables;
    }

    private List<Relation> sortedRelations() {
        List<Relation> relations = new ArrayList<>(inference.relations());
        relations.sort(Comparator.comparing(Relation::table).thenComparing(Relation::key));
        return relations;
    }

    private List<Diagnostic> sortedDiagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(DIAGNOSTIC_ORDER);
        return sorted;
    }

    /** Each table's first classification (a lookup per table; a scan per table was quadratic). */
    private Map<String, TableClassification> classifications() {
        Map<String, TableClassification> byTable = new java.util.HashMap<>();
        inference.tables().forEach(c -> byTable.putIfAbsent(c.table(), c));
        return byTable;
    }

    private Map<String, String> classNames() {
        Map<String, String> names = new TreeMap<>();
        for (EntityModel e : model.entities()) {
            names.put(e.table().name(), e.className());
        }
        return names;
    }

    private Map<String, RelationProperty> relationFields() {
        Map<String, RelationProperty> fields = new TreeMap<>();
        for (EntityModel e : model.entities()) {
            for (RelationProperty p : e.relations()) {
                fields.put(p.relation().key(), p);
            }
        }
        return fields;
    }
}
