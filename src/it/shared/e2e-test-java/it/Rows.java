package it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.metalorm.Session;
import dev.metalorm.annotation.Column;
import dev.metalorm.query.Where;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the e2e tests do to any generated entity, by reflection over its {@code @Column} fields. */
final class Rows {
    static final String PACKAGE = "com.acme.e2e";

    private Rows() {
    }

    /** The entities reverse generated: the compiled classes of the package, without their Base classes. */
    static TreeSet<String> entityNames() {
        File dir = new File("target/classes/" + PACKAGE.replace('.', '/'));
        TreeSet<String> entities = new TreeSet<>();
        for (String name : dir.list()) {
            if (name.endsWith(".class") && !name.endsWith("Base.class") && !name.contains("$")) {
                String simple = name.substring(0, name.length() - ".class".length());
                try {
                    if (!Class.forName(PACKAGE + "." + simple).isEnum()) { // generated enums of enum columns are not entities
                        entities.add(simple);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return entities;
    }

    static Class<?>[] entityClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : entityNames()) {
            try {
                classes.add(Class.forName(PACKAGE + "." + name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes.toArray(new Class<?>[0]);
    }

    static String label(Object entity) {
        return entity.getClass().getSimpleName() + " " + columns(entity).entrySet().stream()
                .filter(e -> !e.getKey().equals("version")).findFirst().map(Map.Entry::getValue).orElse("");
    }

    /** Every column the database fills in (hasDefault) or computes (readOnly) holds a value after the flush. */
    static void assertFilledIn(Object entity) {
        for (Field f : columnFields(entity.getClass())) {
            Column column = f.getAnnotation(Column.class);
            if (column.hasDefault() || column.readOnly()) {
                assertNotNull(value(f, entity), entity.getClass().getSimpleName() + "." + f.getName());
            }
        }
    }

    /** Every mapped column of an entity by field name, as text (arrays by content, with their element type). */
    static Map<String, String> columns(Object entity) {
        Map<String, String> values = new TreeMap<>();
        for (Field f : columnFields(entity.getClass())) {
            Object v = value(f, entity);
            String text;
            if (v instanceof byte[] b) {
                text = Arrays.toString(b);
            } else if (v instanceof Object[] a) {
                text = a.getClass().getComponentType().getSimpleName() + Arrays.deepToString(a);
            } else {
                text = v == null ? "null" : v.getClass().getSimpleName() + " " + v;
            }
            values.put(f.getName(), text);
        }
        return values;
    }

    /**
     * {@code where(eq(column, value))} finds the row by each of its non-null columns, the value bound as the
     * field's Java type: what the column's SQL type compares with that binding is what the test checks.
     *
     * @param except columns whose type has no equality operator (PostgreSQL's point)
     */
    static void assertFoundByEveryColumn(Session s, Object entity, Set<String> except) {
        Class<?> type = entity.getClass();
        for (Field f : columnFields(type)) {
            String column = f.getAnnotation(Column.class).name();
            Object v = value(f, entity);
            if (v != null && !except.contains(column)) {
                List<?> found = s.from(type).where(Where.eq(column, v)).list();
                assertTrue(found.contains(entity), type.getSimpleName() + " where " + column + " = " + columns(entity).get(f.getName())
                        + " found " + found.stream().map(Rows::columns).toList());
            }
        }
    }

    /** The field mapping the column, in the class or its generated base. */
    static Field columnFieldNamed(Class<?> type, String column) {
        return columnFields(type).stream().filter(f -> f.getAnnotation(Column.class).name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " maps no column " + column));
    }

    private static List<Field> columnFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Column.class)) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Object value(Field f, Object entity) {
        try {
            return f.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The set of both. */
    @SafeVarargs
    static TreeSet<String> union(Set<String> a, List<String>... more) {
        TreeSet<String> all = new TreeSet<>(a);
        for (List<String> b : more) {
            all.addAll(b);
        }
        return all;
    }
}
