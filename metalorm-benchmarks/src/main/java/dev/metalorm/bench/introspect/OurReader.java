package dev.metalorm.bench.introspect;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;

/**
 * MetalORM's introspector, called reflectively: {@code Introspector.read(Connection, IntrospectionRequest)}
 * of the plugin ({@code dev.metalorm.maven.introspect}), so this harness builds before the
 * implementations land and picks them up by class name afterwards.
 */
final class OurReader {
    private final Object introspector;
    private final Object request;
    private final Method read;

    OurReader(String className, String schema) throws ReflectiveOperationException {
        Class<?> requestType = Class.forName("dev.metalorm.maven.introspect.IntrospectionRequest");
        Constructor<?> make = requestType.getDeclaredConstructor(String.class, List.class, List.class, boolean.class);
        this.request = make.newInstance(schema, List.of(), List.of(), false);
        this.introspector = Class.forName(className).getConstructor().newInstance();
        this.read = Class.forName("dev.metalorm.maven.introspect.Introspector").getMethod("read", Connection.class, requestType);
    }

    Object read(Connection c) throws Exception {
        try {
            return read.invoke(introspector, c, request);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /** "N tables" when the snapshot has a {@code tables()} collection or map. */
    static String describe(Object snapshot) {
        try {
            Object tables = snapshot.getClass().getMethod("tables").invoke(snapshot);
            int size = tables instanceof Collection<?> c ? c.size() : tables instanceof java.util.Map<?, ?> m ? m.size() : -1;
            return size + " tables in the snapshot";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "snapshot " + snapshot.getClass().getSimpleName();
        }
    }
}
