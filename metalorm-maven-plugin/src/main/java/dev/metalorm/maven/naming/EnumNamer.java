package dev.metalorm.maven.naming;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.EnumSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names the Java enums of enum-typed columns, after the entities are named:
 *
 * <ul>
 *   <li>a PostgreSQL enum type gives one enum, named from the type ({@code order_status → OrderStatus}), whatever
 *       number of columns use it; a MySQL/MariaDB ENUM column gives one enum of its own, named entity class + field
 *       ({@code orders.status → OrderStatus});</li>
 *   <li>a name taken (case-insensitively, as file systems compare) by an entity, a base class or an enum named
 *       before gets {@code Type}, then {@code Enum}, then a number ({@code OrderStatusType}, {@code OrderStatusEnum},
 *       {@code OrderStatusEnum2}), with an info diagnostic; a java.lang or imported type name gets {@code Type}
 *       ({@code string → StringType}). Enums are named in a fixed order: PostgreSQL types by schema and name, then
 *       ENUM columns by table and position;</li>
 *   <li>constants: the label's words in UPPER_SNAKE ({@code in progress}, {@code in-progress}, {@code inProgress}
 *       → {@code IN_PROGRESS}; accents dropped as in {@link Words}), {@code EMPTY} for the empty label,
 *       {@code VALUE} for one without letters or digits, {@code _} before a leading digit ({@code 1st → _1ST});
 *       a name a previous label of the same enum took gets {@code _2}, {@code _3}… in label order.</li>
 * </ul>
 *
 * A column with a {@code <javaType>} override keeps its override and gets no enum; an enum type with no labels
 * gives none (the column stays a String).
 */
final class EnumNamer {
    static final String TYPE_SUFFIX = "Type";
    static final String ENUM_SUFFIX = "Enum";

    private EnumNamer() {
    }

    /** The enums, sorted by class name, and the entities with their enum-typed properties. */
    record Result(List<EnumModel> enums, List<EntityModel> entities) {
    }

    static Result assign(List<EntityModel> entities, boolean generationGap, List<Diagnostic> diagnostics) {
        Map<String, String> taken = new TreeMap<>();
        for (EntityModel e : entities) {
            taken.put(key(e.className()), "the entity of table " + e.table().name());
            if (generationGap) {
                taken.put(key(e.className() + ClassNamer.BASE_SUFFIX), "the base class of table " + e.table().name());
            }
        }
        // PostgreSQL types first ("1"), then MySQL columns ("2") by table and position: a fixed naming order
        Map<String, Group> groups = new TreeMap<>();
        for (EntityModel e : entities.stream().sorted(Comparator.comparing(e -> e.table().name())).toList()) {
            for (PropertyModel p : e.properties()) {
                EnumSnapshot values = p.column().enumType();
                if (values == null || values.labels().isEmpty() || p.javaTypeOverride() != null) {
                    continue;
                }
                String groupKey = values.namedType()
                        ? "1" + values.schema() + "\u0000" + values.typeName()
                        : "2" + e.table().name() + "\u0000" + String.format(Locale.ROOT, "%010d", p.column().ordinal());
                Group g = groups.computeIfAbsent(groupKey, k -> new Group(values, wantedName(values, e, p)));
                g.columns.add(new EnumModel.ColumnRef(e.table().name(), p.column().name()));
            }
        }
        Map<EnumModel.ColumnRef, String> classByColumn = new java.util.HashMap<>(); // looked up, never iterated
        List<EnumModel> enums = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group g = entry.getValue();
            String name = free(g.wanted, taken);
            String source = new EnumModel(name, g.values, g.columns, List.of()).source();
            if (!name.equals(g.wanted)) {
                diagnostics.add(Diagnostic.info(source, "its enum is named " + name + " because " + g.wanted + " is "
                        + taken.get(key(g.wanted)) + "."));
            }
            taken.put(key(name), "the enum of " + source);
            g.columns.forEach(c -> classByColumn.put(c, name));
            enums.add(new EnumModel(name, g.values, g.columns, constants(g.values.labels())));
        }
        List<EntityModel> typed = new ArrayList<>();
        for (EntityModel e : entities) {
            List<PropertyModel> properties = new ArrayList<>();
            for (PropertyModel p : e.properties()) {
                String className = classByColumn.get(new EnumModel.ColumnRef(e.table().name(), p.column().name()));
                properties.add(className == null ? p : p.withEnumClassName(className));
            }
            typed.add(new EntityModel(e.table(), e.classification(), e.className(), e.baseClassName(), properties, e.relations()));
        }
        enums.sort(Comparator.comparing(EnumModel::className));
        return new Result(enums, typed);
    }

    /** {@code order_status → OrderStatus} for a type, entity class + field for a column ({@code Order} + {@code status}). */
    private static String wantedName(EnumSnapshot values, EntityModel entity, PropertyModel property) {
        if (!values.namedType()) {
            return entity.className() + Words.capitalize(property.fieldName());
        }
        List<String> words = Words.split(values.typeName());
        if (words.isEmpty()) {
            return "Unnamed" + ENUM_SUFFIX;
        }
        String pascal = Words.pascal(words);
        return JavaIdentifiers.isReservedType(pascal) ? pascal + TYPE_SUFFIX : JavaIdentifiers.type(pascal);
    }

    private static String free(String wanted, Map<String, String> taken) {
        if (isFree(wanted, taken)) {
            return wanted;
        }
        for (String suffix : List.of(TYPE_SUFFIX, ENUM_SUFFIX)) {
            if (isFree(wanted + suffix, taken)) {
                return wanted + suffix;
            }
        }
        for (int n = 2; ; n++) {
            if (isFree(wanted + ENUM_SUFFIX + n, taken)) {
                return wanted + ENUM_SUFFIX + n;
            }
        }
    }

    private static boolean isFree(String name, Map<String, String> taken) {
        return !taken.containsKey(key(name)) && !JavaIdentifiers.isReservedType(name);
    }

    /** One constant per label, in order, with distinct names. */
    static List<EnumModel.Constant> constants(List<String> labels) {
        Set<String> used = new TreeSet<>();
        List<EnumModel.Constant> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            String base = constantName(label);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            out.add(new EnumModel.Constant(name, label));
        }
        return out;
    }

    /** {@code in progress → IN_PROGRESS}, {@code "" → EMPTY}, {@code 1st → _1ST}, {@code + → VALUE}. */
    static String constantName(String label) {
        if (label.isEmpty()) {
            return "EMPTY";
        }
        List<String> words = Words.split(label);
        if (words.isEmpty()) {
            return "VALUE";
        }
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String key(String className) {
        return className.toLowerCase(Locale.ROOT);
    }

    private static final class Group {
        final EnumSnapshot values;
        final String wanted;
        final List<EnumModel.ColumnRef> columns = new ArrayList<>();

        Group(EnumSnapshot values, String wanted) {
            this.values = values;
            this.wanted = wanted;
        }
    }
}
