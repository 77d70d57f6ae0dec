package dev.metalorm.maven.diagram;

import dev.metalorm.maven.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code model.html}: the diagram drawn in the browser by the Mermaid renderer that lies beside the page
 * ({@value DiagramFiles#RENDERER}), so it works offline and from {@code file://}. The page carries the model as
 * JSON (entity blocks and edge lines as {@link ModelDiagram} wrote them) and draws one view at a time: the whole
 * model when it is small, one group of tables connected by foreign keys, or one table with its neighbours. A
 * search box filters the tables by table or key-column name; the list beside it jumps between groups and tables.
 * Views are addressable ({@code #all}, {@code #group-2}, {@code #table-users}). Deterministic: no timestamps.
 */
public final class DiagramPage {
    /** The file every run writes the page to, below the build directory. */
    public static final String FILE = "metalorm/model.html";

    /** Above this many tables a view is drawn only on request: Mermaid's layout of hundreds of tables takes long. */
    static final int DRAW_AT_ONCE = 120;

    private DiagramPage() {
    }

    public static String html(ModelDiagram diagram, String rendererVersion) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", diagram.title());
        String whole = diagram.mermaid(List.of());
        model.put("header", whole);
        model.put("drawAtOnce", DRAW_AT_ONCE);
        List<Object> entities = new ArrayList<>();
        for (ModelDiagram.Entity e : diagram.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", e.table());
            m.put("keys", e.keyColumns());
            m.put("block", e.block());
            entities.add(m);
        }
        model.put("entities", entities);
        List<Object> edges = new ArrayList<>();
        for (ModelDiagram.Edge e : diagram.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("to", e.to());
            m.put("line", e.line());
            m.put("declared", e.declared());
            edges.add(m);
        }
        model.put("edges", edges);
        List<Object> groups = new ArrayList<>();
        for (ModelDiagram.Group g : diagram.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tables", g.tables());
            m.put("unrelated", g.unrelated());
            groups.add(m);
        }
        model.put("groups", groups);
        // inside <script>: no "<" at all, so neither </script> nor <!-- can end or confuse it (only strings hold one)
        String json = Json.write(model).replace("<", "\\u003c");

        return fill(template(), Map.of("TITLE", html(diagram.title()), "RENDERER", DiagramFiles.RENDERER,
                "RENDERER_VERSION", html(rendererVersion), "MODEL", json));
    }

    /** The template with each {@code @NAME@} replaced, in one pass: no value is searched for placeholders. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
        int at = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([A-Z_]+)@").matcher(template);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for @" + m.group(1) + "@");
            }
            out.append(template, at, m.start()).append(value);
            at = m.end();
        }
        return out.append(template, at, template.length()).toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The page with {@code @NAME@} placeholders, a resource beside this class. */
    private static String template() {
        try (java.io.InputStream in = DiagramPage.class.getResourceAsStream("model.html.template")) {
            if (in == null) {
                throw new IllegalStateException("Resource model.html.template is missing beside " + DiagramPage.class.getName());
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
