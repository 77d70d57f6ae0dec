package dev.metalorm.maven.diagram;

import dev.metalorm.maven.config.SuggestionOptions;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import dev.metalorm.maven.suggest.Suggestion;
import dev.metalorm.maven.suggest.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The model as a Mermaid {@code erDiagram}: one entity per table with its key columns (PK, FK, UK markers),
 * one line per foreign key with the cardinality of both ends and the names of both relation fields, and one
 * line per belongsToMany. Keys the database declares are solid lines; keys the run adds (suggested by
 * {@code metalorm.inferRelations}, or a pom {@code <references>}) dashed, with the confidence in the label.
 *
 * <p>Every piece of Mermaid text is made here, so that the HTML page can show any subset of the model
 * (a connected group, an entity and its neighbours) by joining entity blocks and edge lines, without
 * escaping anything itself. The text is deterministic: entities sorted by table name, edges by their text.
 *
 * @param title one line naming the schema and what the diagram holds
 * @param entities one per table, sorted by table name
 * @param edges one per relation line, sorted by from, to and text
 * @param groups the tables connected by foreign keys (declared or not): the biggest first, then by first
 *        table name; tables without any relation come last, together, as one group marked {@code unrelated}
 */
public record ModelDiagram(String title, List<Entity> entities, List<Edge> edges, List<Group> groups) {

    /** The Mermaid text of one table: an entity id (with its display name when the id had to differ) and its key columns. */
    public record Entity(String table, String id, String block, List<String> keyColumns) {
        public Entity {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(block, "block");
            keyColumns = List.copyOf(keyColumns);
        }
    }

    /**
     * One relationship line between two tables.
     *
     * @param from the table written first (the referenced, "one" side; for a belongsToMany the owner)
     * @param to the other table
     * @param line the Mermaid statement
     * @param declared whether the database declares the key(s) behind it (a solid line); false: dashed
     */
    public record Edge(String from, String to, String line, boolean declared) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(line, "line");
        }
    }

    /** Tables connected by relations, sorted by name; {@code unrelated} for the group of tables without any. */
    public record Group(List<String> tables, boolean unrelated) {
        public Group {
            tables = List.copyOf(tables);
        }
    }

    /** The file every run writes the whole diagram to, below the build directory. */
    public static final String FILE = "metalorm/model.mmd";

    private static final String INDENT = "    ";
    /** What Mermaid takes unquoted as an entity or attribute name. */
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Inside a quoted entity name or label Mermaid refuses these (quotes end it, % starts a comment, \ escapes). */
    private static final Pattern NOT_IN_QUOTES = Pattern.compile("[\"%\\\\\\p{Cntrl}]");
    /** Words of Mermaid's erDiagram grammar: a table so named is written quoted, never bare. */
    private static final Set<String> KEYWORDS = Set.of("erDiagram", "title", "accTitle", "accDescr", "direction", "style",
            "classDef", "class", "to", "optionally", "one", "only", "zero", "many", "or", "more", "PK", "FK", "UK", "end", "TB",
            "BT", "LR", "RL", "u");

    public ModelDiagram {
        Objects.requireNonNull(title, "title");
        entities = List.copyOf(entities);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
    }

    /**
     * The diagram of a named model.
     *
     * @param model the entities and their relations, as render sees them (accepted suggestions are keys in its tables)
     * @param suggestions what {@code metalorm.inferRelations} suggested, for the confidence of dashed lines
     * @param schemaTitle e.g. {@code schema public (H2 2.3.232)}
     */
    public static ModelDiagram of(NamedModel model, Suggestions suggestions, String schemaTitle) {
        List<EntityModel> sorted = model.entities().stream().sorted(Comparator.comparing(e -> e.table().name())).toList();
        Map<String, String> ids = ids(sorted.stream().map(e -> e.table().name()).toList());
        List<Entity> entities = sorted.stream().map(e -> entity(e.table(), ids)).toList();

        Map<String, EntityModel> byTable = new HashMap<>();
        sorted.forEach(e -> byTable.put(e.table().name(), e));
        List<Edge> edges = new ArrayList<>();
        for (EntityModel child : sorted) {
            for (RelationProperty belongsTo : child.relations()) {
                Relation r = belongsTo.relation();
                if (r.kind() == RelationKind.BELONGS_TO && byTable.containsKey(r.targetTable())) {
                    edges.add(foreignKeyEdge(child, belongsTo, byTable.get(r.targetTable()), suggestions, ids));
                }
            }
        }
        for (EntityModel owner : sorted) {
            for (RelationProperty many : owner.relations()) {
                Relation r = many.relation();
                // both ends hold one; the end whose key sorts first writes the line (a self-referencing pivot has both)
                if (r.kind() == RelationKind.BELONGS_TO_MANY && byTable.containsKey(r.targetTable())
                        && r.foreignKeyName().compareTo(r.targetForeignKeyName()) < 0) {
                    edges.add(manyToManyEdge(owner, many, byTable.get(r.targetTable()), ids));
                }
            }
        }
        edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::line));
        long suggested = edges.stream().filter(e -> !e.declared()).count();
        String title = schemaTitle + ": " + entities.size() + (entities.size() == 1 ? " table, " : " tables, ") + edges.size()
                + (edges.size() == 1 ? " relation line" : " relation lines") + (suggested > 0 ? " (" + suggested + " not declared, dashed)" : "");
        return new ModelDiagram(title, entities, edges, groups(entities, edges));
    }

    /** The whole model as one Mermaid document, ending in a newline. */
    public String mermaid() {
        return mermaid(entities.stream().map(Entity::table).toList());
    }

    /** The tables named (in diagram order) and the lines between them, as one Mermaid document. */
    public String mermaid(Collection<String> tables) {
        Set<String> wanted = new TreeSet<>(tables);
        StringBuilder out = new StringBuilder("erDiagram\n");
        out.append(INDENT).append("%% ").append(title).append('\n');
        out.append(INDENT).append("%% solid: foreign keys the database declares; dashed: keys it does not declare"
                + " (metalorm.inferRelations, pom <references>); labels: the relation on the first table / on the second\n");
        entities.stream().filter(e -> wanted.contains(e.table())).forEach(e -> out.append(e.block()));
        edges.stream().filter(e -> wanted.contains(e.from()) && wanted.contains(e.to())).forEach(e -> out.append(e.line()));
        return out.toString();
    }

    private static Entity entity(TableSnapshot table, Map<String, String> ids) {
        Set<String> primary = new LinkedHashSet<>(table.primaryKeyIfAny().map(pk -> pk.columns()).orElse(List.of()));
        Set<String> foreign = new LinkedHashSet<>();
        table.foreignKeys().forEach(fk -> foreign.addAll(fk.columns()));
        Set<String> unique = new LinkedHashSet<>();
        table.uniqueKeys().stream().map(UniqueKeySnapshot::columns).forEach(unique::addAll);
        Set<String> undeclared = new LinkedHashSet<>();
        table.foreignKeys().stream().filter(fk -> !fk.declared()).forEach(fk -> undeclared.addAll(fk.columns()));

        String id = ids.get(table.name());
        StringBuilder block = new StringBuilder(INDENT).append(id);
        if (!id.equals(table.name()) && !id.equals(quoted(table.name()))) {
            block.append("[\"").append(inQuotes(table.name())).append("\"]");
        }
        List<String> keyColumns = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        Set<String> attributeNames = new TreeSet<>();
        for (ColumnSnapshot c : table.columns()) {
            List<String> markers = new ArrayList<>();
            if (primary.contains(c.name())) {
                markers.add("PK");
            }
            if (foreign.contains(c.name())) {
                markers.add("FK");
            }
            if (unique.contains(c.name()) && !primary.contains(c.name())) {
                markers.add("UK");
            }
            if (markers.isEmpty()) {
                continue;
            }
            keyColumns.add(c.name());
            String name = unique(attributeName(c.name()), attributeNames);
            List<String> notes = new ArrayList<>();
            if (!name.equals(c.name())) {
                notes.add(inQuotes(c.name()));
            }
            if (undeclared.contains(c.name())) {
                notes.add("key not declared");
            }
            attributes.add(INDENT + INDENT + typeName(c.nativeType()) + " " + name + " " + String.join(", ", markers)
                    + (notes.isEmpty() ? "" : " \"" + String.join("; ", notes) + "\"") + "\n");
        }
        if (attributes.isEmpty()) {
            block.append('\n');
        } else {
            block.append(" {\n");
            attributes.forEach(block::append);
            block.append(INDENT).append("}\n");
        }
        return new Entity(table.name(), id, block.toString(), keyColumns);
    }

    private static Edge foreignKeyEdge(EntityModel child, RelationProperty belongsTo, EntityModel parent, Suggestions suggestions,
                                       Map<String, String> ids) {
        Relation r = belongsTo.relation();
        TableSnapshot childTable = child.table();
        boolean required = r.foreignKey().stream().allMatch(col -> childTable.column(col).map(c -> !c.nullable()).orElse(false));
        // the inverse on the parent: hasOne when the key is unique in the child, hasMany otherwise
        RelationProperty inverse = parent.relations().stream()
                .filter(p -> (p.relation().kind() == RelationKind.HAS_MANY || p.relation().kind() == RelationKind.HAS_ONE)
                        && p.relation().targetTable().equals(childTable.name())
                        && p.relation().foreignKeyName().equals(r.foreignKeyName()))
                .findFirst().orElse(null);
        boolean one = inverse != null ? inverse.relation().kind() == RelationKind.HAS_ONE : uniqueIn(childTable, r.foreignKey());
        boolean declared = r.declared();
        String label = (inverse == null ? "" : inverse.fieldName() + " / ") + belongsTo.fieldName();
        if (!declared) {
            label += suggestions.of(childTable.name(), r.foreignKey())
                    .map(s -> s.verdict() == Suggestion.Verdict.ADDED_BY_POM ? " (pom)" : " (suggested " + SuggestionOptions.format(s.confidence()) + ")")
                    .orElse(" (not declared)");
        }
        String line = INDENT + ids.get(parent.table().name()) + " " + (required ? "||" : "|o") + (declared ? "--" : "..")
                + (one ? "o|" : "o{") + " " + ids.get(childTable.name()) + " : \"" + inQuotes(label) + "\"\n";
        return new Edge(parent.table().name(), childTable.name(), line, declared);
    }

    private static Edge manyToManyEdge(EntityModel owner, RelationProperty many, EntityModel target, Map<String, String> ids) {
        Relation r = many.relation();
        RelationProperty inverse = target.relations().stream()
                .filter(p -> p.relation().kind() == RelationKind.BELONGS_TO_MANY && Objects.equals(p.relation().pivotTable(), r.pivotTable())
                        && p.relation().foreignKeyName().equals(r.targetForeignKeyName())
                        && p.relation().targetForeignKeyName().equals(r.foreignKeyName()))
                .findFirst().orElse(null);
        boolean declared = r.declared();
        String label = many.fieldName() + (inverse == null ? "" : " / " + inverse.fieldName()) + " (via " + r.pivotTable() + ")";
        String line = INDENT + ids.get(owner.table().name()) + " }o" + (declared ? "--" : "..") + "o{ " + ids.get(target.table().name())
                + " : \"" + inQuotes(label) + "\"\n";
        return new Edge(owner.table().name(), target.table().name(), line, declared);
    }

    private static boolean uniqueIn(TableSnapshot table, List<String> columns) {
        Set<String> key = new TreeSet<>(columns);
        return table.primaryKeyIfAny().map(pk -> new TreeSet<>(pk.columns()).equals(key)).orElse(false)
                || table.uniqueKeys().stream().anyMatch(u -> new TreeSet<>(u.columns()).equals(key));
    }

    private static List<Group> groups(List<Entity> entities, List<Edge> edges) {
        Map<String, String> parent = new HashMap<>();
        entities.forEach(e -> parent.put(e.table(), e.table()));
        Set<String> related = new TreeSet<>();
        for (Edge e : edges) {
            related.add(e.from());
            related.add(e.to());
            String a = root(parent, e.from());
            String b = root(parent, e.to());
            if (!a.equals(b)) {
                // the smaller name becomes the root: the same groups whatever the edge order
                if (a.compareTo(b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
        Map<String, List<String>> byRoot = new TreeMap<>();
        List<String> unrelated = new ArrayList<>();
        for (Entity e : entities) {
            if (related.contains(e.table())) {
                byRoot.computeIfAbsent(root(parent, e.table()), k -> new ArrayList<>()).add(e.table());
            } else {
                unrelated.add(e.table());
            }
        }
        List<Group> groups = new ArrayList<>(byRoot.values().stream().map(t -> new Group(t, false))
                .sorted(Comparator.comparing((Group g) -> -g.tables().size()).thenComparing(g -> g.tables().get(0))).toList());
        if (!unrelated.isEmpty()) {
            groups.add(new Group(unrelated, true));
        }
        return groups;
    }

    private static String root(Map<String, String> parent, String table) {
        String r = table;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(table, r);
        return r;
    }

    /**
     * Entity ids: the name itself when Mermaid takes it bare; quoted when it can be quoted; otherwise an id made of
     * its letters and digits (unique, numbered on a clash) that is shown with the name as alias.
     */
    private static Map<String, String> ids(List<String> tables) {
        Map<String, String> ids = new TreeMap<>();
        Set<String> taken = new TreeSet<>();
        for (String t : tables) {
            if (BARE_NAME.matcher(t).matches() && !KEYWORDS.contains(t)) {
                ids.put(t, t);
                taken.add(t);
            }
        }
        for (String t : tables) {
            if (ids.containsKey(t)) {
                continue;
            }
            if (!NOT_IN_QUOTES.matcher(t).find()) {
                ids.put(t, quoted(t));
            } else {
                ids.put(t, unique(attributeName(t), taken));
            }
        }
        return ids;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** What Mermaid takes as a type or attribute name: ASCII letters, digits and _, not starting with a digit. */
    static String attributeName(String name) {
        String ascii = java.text.Normalizer.normalize(name.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe"),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9_]+", "_");
        if (safe.isEmpty() || safe.chars().allMatch(ch -> ch == '_')) {
            safe = "_" + safe;
        }
        return Character.isDigit(safe.charAt(0)) ? "_" + safe : safe;
    }

    private static String typeName(String nativeType) {
        return attributeName(nativeType.trim());
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate) || KEYWORDS.contains(candidate); n++) {
            candidate = name + "_" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** Text for inside Mermaid's double quotes: the characters it refuses there as #code; entities (which it decodes). */
    static String inQuotes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '%' || cp == '\\' || cp == '#' || Character.isISOControl(cp)) {
                b.append('#').append(cp).append(';');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
