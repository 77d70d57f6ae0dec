package dev.metalorm.metadata.source;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.EntityAccessor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** Reaches an annotated entity's fields (declared in the class or its superclasses) by reflection. */
final class FieldAccessor implements EntityAccessor {
    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Field[] columns;
    private final Field[] relations;

    FieldAccessor(Class<?> type, Constructor<?> constructor, List<Field> columns, List<Field> relations) {
        this.type = type;
        this.constructor = constructor;
        this.columns = columns.toArray(new Field[0]);
        this.relations = relations.toArray(new Field[0]);
    }

    @Override
    public Object newInstance() {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new MetalOrmException("Constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new MetalOrmException("Cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean handles(Object entity) {
        return type.isInstance(entity);
    }

    @Override
    public Object get(Object entity, int column) {
        try {
            return columns[column].get(entity);
        } catch (IllegalAccessException e) {
            throw new MetalOrmException("Cannot read " + columns[column] + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void set(Object entity, int column, Object value) {
        Field f = columns[column];
        try {
            if (value == null && f.getType().isPrimitive()) {
                throw new MetalOrmException("Column value for " + type.getName() + "." + f.getName()
                        + " is NULL but the field is primitive " + f.getType() + "; use its wrapper type.");
            }
            f.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new MetalOrmException("Cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Object unset(int column) {
        Class<?> t = columns[column].getType();
        if (!t.isPrimitive()) {
            return null;
        } else if (t == int.class) {
            return 0;
        } else if (t == long.class) {
            return 0L;
        } else if (t == short.class) {
            return (short) 0;
        } else if (t == byte.class) {
            return (byte) 0;
        } else if (t == double.class) {
            return 0d;
        } else if (t == float.class) {
            return 0f;
        } else if (t == boolean.class) {
            return false;
        }
        return '\0';
    }

    @Override
    public Object relation(Object entity, int relation) {
        try {
            return relations[relation].get(entity);
        } catch (IllegalAccessException e) {
            throw new MetalOrmException("Cannot read " + relations[relation] + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void setRelation(Object entity, int relation, Object wrapper) {
        try {
            relations[relation].set(entity, wrapper);
        } catch (IllegalAccessException e) {
            throw new MetalOrmException("Cannot write " + relations[relation] + ": " + e.getMessage(), e);
        }
    }
}
