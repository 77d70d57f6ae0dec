package dev.metalorm.query;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlExpr;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shapes of query results. */
final class Shapes {
    private Shapes() {
    }

    /** Entities through the identity map (detached when streamed), with includes after a list. */
    static <T> Shape<T> entities(TableModel table, Class<T> type, List<IncludeSpec> includes) {
        return new Shape<>() {
            @Override
            public List<SqlExpr> items() {
                return List.of();
            }

            @Override
            public List<ColumnModel> readers() {
                return table.columns();
            }

            @Override
            public T map(QueryRunner runner, Object[] row, boolean streaming) {
                Object e = streaming ? runner.detached(table, row) : runner.managed(table, row);
                return e == null ? null : type.cast(e);
            }

            @Override
            public void complete(QueryRunner runner, List<T> results) {
                if (!includes.isEmpty() && !results.isEmpty()) {
                    runner.include(table, new ArrayList<>(results), includes);
                }
            }

            @Override
            public String notStreamable() {
                return includes.isEmpty() ? null : "stream() on " + table.name() + " cannot include relations (they are loaded in "
                        + "batches after the rows, which a stream never has all of); drop include(...), or page with "
                        + "after(lastRow) and list().";
            }
        };
    }

    /** Entities beside per-row counts of related rows, read in the same statement. */
    static <T> Shape<Counted<T>> counted(TableModel table, Class<T> type, List<Resolver.Resolved> counts, List<IncludeSpec> includes) {
        Shape<T> entities = entities(table, type, includes);
        List<SqlExpr> items = new ArrayList<>();
        List<ColumnModel> readers = new ArrayList<>(table.columns());
        for (ColumnModel c : table.columns()) {
            items.add(SqlExpr.Column.of(c));
        }
        for (Resolver.Resolved r : counts) {
            items.add(r.expr());
            readers.add(r.reader());
        }
        int width = table.columns().size();
        return new Shape<>() {
            @Override
            public List<SqlExpr> items() {
                return items;
            }

            @Override
            public List<ColumnModel> readers() {
                return readers;
            }

            @Override
            public Counted<T> map(QueryRunner runner, Object[] row, boolean streaming) {
                T entity = entities.map(runner, Arrays.copyOf(row, width), streaming);
                if (entity == null) {
                    return null;
                }
                Map<String, Long> values = new LinkedHashMap<>();
                for (int i = 0; i < counts.size(); i++) {
                    values.put(counts.get(i).label(), (Long) row[width + i]);
                }
                return new Counted<>(entity, values);
            }

            @Override
            public void complete(QueryRunner runner, List<Counted<T>> results) {
                entities.complete(runner, results.stream().map(Counted::entity).toList());
            }

            @Override
            public String notStreamable() {
                return entities.notStreamable();
            }
        };
    }

    /** Plain rows: label → value, in selection order. Not tracked. */
    static Shape<Map<String, Object>> maps(List<Resolver.Resolved> selections) {
        List<SqlExpr> items = selections.stream().map(Resolver.Resolved::expr).toList();
        List<ColumnModel> readers = selections.stream().map(Resolver.Resolved::reader).toList();
        return new Shape<>() {
            @Override
            public List<SqlExpr> items() {
                return items;
            }

            @Override
            public List<ColumnModel> readers() {
                return readers;
            }

            @Override
            public Map<String, Object> map(QueryRunner runner, Object[] row, boolean streaming) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < row.length; i++) {
                    out.put(selections.get(i).label(), row[i]);
                }
                return out;
            }
        };
    }

    /**
     * Records or classes made by a constructor taking the selections in order; the constructor is
     * chosen and checked (arity, types) here, before anything runs. Numbers convert exactly
     * ({@code Long} count into an {@code int} component); other types must be assignable.
     */
    static <R> Shape<R> constructed(TableModel table, Class<R> type, List<Resolver.Resolved> selections) {
        Constructor<R> constructor = constructor(table, type, selections);
        Class<?>[] params = constructor.getParameterTypes();
        List<SqlExpr> items = selections.stream().map(Resolver.Resolved::expr).toList();
        List<ColumnModel> readers = selections.stream().map(Resolver.Resolved::reader).toList();
        return new Shape<>() {
            @Override
            public List<SqlExpr> items() {
                return items;
            }

            @Override
            public List<ColumnModel> readers() {
                return readers;
            }

            @Override
            public R map(QueryRunner runner, Object[] row, boolean streaming) {
                Object[] args = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    String label = selections.get(i).label();
                    if (v == null && params[i].isPrimitive()) {
                        throw new MetalOrmException(type.getSimpleName() + ": " + label + " is NULL in a row of " + table.name()
                                + ", but parameter " + (i + 1) + " is a primitive " + params[i].getName() + "; declare it "
                                + dev.metalorm.metadata.ColumnType.boxed(params[i]).getSimpleName() + ".");
                    }
                    args[i] = v instanceof Number n && !dev.metalorm.metadata.ColumnType.boxed(params[i]).isInstance(v)
                            ? Numbers.convert(n, params[i], () -> type.getSimpleName() + " parameter " + label) : v;
                }
                try {
                    return constructor.newInstance(args);
                } catch (InvocationTargetException e) {
                    throw new MetalOrmException("The constructor of " + type.getName() + " failed on a row of " + table.name()
                            + ": " + e.getCause(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new MetalOrmException("Cannot call the constructor of " + type.getName() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private static <R> Constructor<R> constructor(TableModel table, Class<R> type, List<Resolver.Resolved> selections) {
        String selected = selections.stream().map(s -> s.label() + " (" + s.javaType().getSimpleName() + ")").toList().toString();
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            String signature = type.getSimpleName() + "(" + String.join(", ", Arrays.stream(components)
                    .map(c -> c.getType().getSimpleName() + " " + c.getName()).toList()) + ")";
            if (components.length != selections.size()) {
                throw new MetalOrmException("Cannot select " + selected + " from " + table.name() + " into record " + signature
                        + ": it has " + components.length + " component(s) for " + selections.size() + " selected value(s). "
                        + "Select one value per component, in order.");
            }
            for (int i = 0; i < components.length; i++) {
                if (!fits(selections.get(i).javaType(), types[i])) {
                    throw new MetalOrmException("Cannot select " + selected + " from " + table.name() + " into record " + signature
                            + ": component " + components[i].getName() + " is " + types[i].getSimpleName() + ", but "
                            + selections.get(i).label() + " is " + selections.get(i).javaType().getSimpleName() + ".");
                }
            }
            return accessible(type, types);
        }
        List<Constructor<?>> arity = new ArrayList<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == selections.size()) {
                arity.add(c);
            }
        }
        List<String> all = Arrays.stream(type.getDeclaredConstructors()).map(Shapes::describe).sorted().toList();
        if (arity.isEmpty()) {
            throw new MetalOrmException("Cannot select " + selected + " from " + table.name() + " into " + type.getName() + ": it has "
                    + "no constructor taking " + selections.size() + " argument(s); its constructors are " + all + ".");
        }
        List<Constructor<?>> fitting = new ArrayList<>();
        for (Constructor<?> c : arity) {
            boolean ok = true;
            for (int i = 0; i < selections.size(); i++) {
                ok &= fits(selections.get(i).javaType(), c.getParameterTypes()[i]);
            }
            if (ok) {
                fitting.add(c);
            }
        }
        if (fitting.size() != 1) {
            throw new MetalOrmException("Cannot select " + selected + " from " + table.name() + " into " + type.getName() + ": "
                    + (fitting.isEmpty() ? "no constructor of " + selections.size() + " argument(s) takes these types"
                    : fitting.size() + " constructors take these types") + "; its constructors are " + all + ".");
        }
        return accessible(type, fitting.get(0).getParameterTypes());
    }

    private static <R> Constructor<R> accessible(Class<R> type, Class<?>[] types) {
        try {
            Constructor<R> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new MetalOrmException("Cannot use the constructor of " + type.getName() + ": " + e.getMessage()
                    + ". Make the class and its constructor public.", e);
        }
    }

    private static boolean fits(Class<?> value, Class<?> parameter) {
        Class<?> p = dev.metalorm.metadata.ColumnType.boxed(parameter);
        return p.isAssignableFrom(value) || Numbers.isNumber(value) && Numbers.isNumber(p);
    }

    private static String describe(Constructor<?> c) {
        return c.getDeclaringClass().getSimpleName() + "(" + String.join(", ", Arrays.stream(c.getParameterTypes())
                .map(Class::getSimpleName).toList()) + ")";
    }
}
