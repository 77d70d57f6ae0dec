package dev.metalorm.metadata.source;

import dev.metalorm.MetadataException;
import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.HasOne;
import dev.metalorm.annotation.Id;
import dev.metalorm.annotation.Transient;
import dev.metalorm.annotation.Version;
import dev.metalorm.metadata.Cascades;
import dev.metalorm.metadata.ColumnDeclaration;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.ModelBuilder;
import dev.metalorm.metadata.RelationDeclaration;
import dev.metalorm.metadata.RelationKind;
import dev.metalorm.metadata.TableDeclaration;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import dev.metalorm.relation.ManyToManyCollection;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code @Entity} classes into table declarations. Fields are read from the class and its
 * superclasses (superclass fields first), so a generated abstract base class may hold them.
 * Classes named as relation targets or pivots are added too.
 */
public final class AnnotationSource {
    private AnnotationSource() {
    }

    public static void addAll(ModelBuilder builder, List<Class<?>> entityClasses) {
        Deque<Class<?>> pending = new ArrayDeque<>(entityClasses);
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            TableDeclaration declaration = declare(type, pending);
            builder.add(declaration);
        }
    }

    private static TableDeclaration declare(Class<?> type, Deque<Class<?>> pending) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new MetadataException(type.getName() + " is not an entity: it has no @Entity annotation. Annotate it with "
                    + "@Entity(\"table_name\").");
        }
        if (entity.value().isBlank()) {
            throw new MetadataException(type.getName() + ": @Entity has an empty table name. Write @Entity(\"table_name\").");
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new MetadataException(type.getName() + " is abstract; an @Entity must be a concrete class with a no-arg constructor.");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new MetadataException(type.getName() + " has no no-arg constructor. Add a public no-arg constructor.");
        }
        List<ColumnDeclaration> columns = new ArrayList<>();
        List<Field> columnFields = new ArrayList<>();
        List<RelationDeclaration> relations = new ArrayList<>();
        List<Field> relationFields = new ArrayList<>();
        for (Field field : fields(type)) {
            String origin = type.getName() + "." + field.getName();
            RelationDeclaration relation = relation(field, origin, pending);
            if (relation != null) {
                field.setAccessible(true);
                relations.add(relation);
                relationFields.add(field);
                continue;
            }
            columns.add(column(field, origin));
            field.setAccessible(true);
            columnFields.add(field);
        }
        return new TableDeclaration(entity.value(), entity.schema(), type.getName(), type, true, columns, relations,
                new FieldAccessor(type, constructor, columnFields, relationFields));
    }

    private static List<Field> fields(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                out.add(f);
            }
        }
        return out;
    }

    private static ColumnDeclaration column(Field field, String origin) {
        Column column = field.getAnnotation(Column.class);
        Id id = field.getAnnotation(Id.class);
        Class<?> javaType = field.getType();
        if (HasManyCollection.class.isAssignableFrom(javaType) || HasOneReference.class.isAssignableFrom(javaType)
                || BelongsToReference.class.isAssignableFrom(javaType) || ManyToManyCollection.class.isAssignableFrom(javaType)) {
            throw new MetadataException(origin + ": field of type " + javaType.getSimpleName()
                    + " has no relation annotation. Add @HasMany, @HasOne, @BelongsTo or @BelongsToMany, or mark it transient.");
        }
        ColumnType type = ColumnType.forJavaType(javaType).orElseThrow(() -> new MetadataException(origin + ": type "
                + field.getGenericType().getTypeName() + " cannot be mapped to a column. Use one of: "
                + ColumnType.supportedJavaTypes() + "; or mark the field transient."));
        boolean json = column != null && column.json();
        if (json) {
            if (type != ColumnType.STRING) {
                throw new MetadataException(origin + ": @Column(json = true) needs a String field, not "
                        + javaType.getSimpleName() + ".");
            }
            type = ColumnType.JSON;
        }
        String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
        boolean nullable = !javaType.isPrimitive() && id == null && (column == null || column.nullable());
        return new ColumnDeclaration(name, field.getName(), type, ColumnType.boxed(javaType), id != null,
                id != null && id.generated(), nullable, false, column != null && column.hasDefault(),
                column != null && column.readOnly(), field.isAnnotationPresent(Version.class),
                column == null ? "" : column.sqlType(), column != null && column.refreshedOnUpdate(), origin);
    }

    private static RelationDeclaration relation(Field field, String origin, Deque<Class<?>> pending) {
        HasMany hasMany = field.getAnnotation(HasMany.class);
        HasOne hasOne = field.getAnnotation(HasOne.class);
        BelongsTo belongsTo = field.getAnnotation(BelongsTo.class);
        BelongsToMany belongsToMany = field.getAnnotation(BelongsToMany.class);
        int count = (hasMany == null ? 0 : 1) + (hasOne == null ? 0 : 1) + (belongsTo == null ? 0 : 1) + (belongsToMany == null ? 0 : 1);
        if (count == 0) {
            return null;
        }
        if (count > 1) {
            throw new MetadataException(origin + ": has more than one relation annotation. Keep one.");
        }
        if (field.getAnnotation(Column.class) != null || field.getAnnotation(Id.class) != null) {
            throw new MetadataException(origin + ": a relation field cannot also be @Column or @Id. Map the foreign-key column "
                    + "as its own field.");
        }
        if (hasMany != null) {
            Class<?> target = target(field, origin, RelationKind.HAS_MANY, hasMany.target(), HasManyCollection.class, pending);
            return new RelationDeclaration(field.getName(), RelationKind.HAS_MANY, table(target), null,
                    list(hasMany.foreignKey()), list(hasMany.localKey()), List.of(), List.of(), List.of(),
                    Cascades.of(hasMany.cascade()), origin + " (@HasMany)");
        }
        if (hasOne != null) {
            Class<?> target = target(field, origin, RelationKind.HAS_ONE, hasOne.target(), HasOneReference.class, pending);
            return new RelationDeclaration(field.getName(), RelationKind.HAS_ONE, table(target), null,
                    list(hasOne.foreignKey()), list(hasOne.localKey()), List.of(), List.of(), List.of(),
                    Cascades.of(hasOne.cascade()), origin + " (@HasOne)");
        }
        if (belongsTo != null) {
            Class<?> target = target(field, origin, RelationKind.BELONGS_TO, belongsTo.target(), BelongsToReference.class, pending);
            return new RelationDeclaration(field.getName(), RelationKind.BELONGS_TO, table(target), null,
                    list(belongsTo.foreignKey()), List.of(), list(belongsTo.targetKey()), List.of(), List.of(),
                    Cascades.of(belongsTo.cascade()), origin + " (@BelongsTo)");
        }
        Class<?> target = target(field, origin, RelationKind.BELONGS_TO_MANY, belongsToMany.target(), ManyToManyCollection.class,
                pending);
        Class<?> pivot = belongsToMany.pivotTable();
        if (pivot.getAnnotation(Entity.class) == null) {
            throw new MetadataException(origin + " (@BelongsToMany): pivotTable " + pivot.getName()
                    + " is not an entity (no @Entity). Annotate the pivot class with @Entity(\"pivot_table\").");
        }
        pending.addLast(pivot);
        return new RelationDeclaration(field.getName(), RelationKind.BELONGS_TO_MANY, table(target), table(pivot),
                List.of(), list(belongsToMany.localKey()), list(belongsToMany.targetKey()),
                list(belongsToMany.pivotForeignKeyToRoot()), list(belongsToMany.pivotForeignKeyToTarget()),
                Cascades.of(belongsToMany.cascade()), origin + " (@BelongsToMany)");
    }

    private static Class<?> target(Field field, String origin, RelationKind kind, Class<?> declared, Class<?> wrapper,
                                   Deque<Class<?>> pending) {
        if (field.getType() != wrapper) {
            throw new MetadataException(origin + " (" + kind.annotation() + "): the field must be typed " + wrapper.getSimpleName()
                    + "<Target>, not " + field.getGenericType().getTypeName() + ".");
        }
        Class<?> target = declared;
        if (target == void.class) {
            Type generic = field.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                target = c;
            } else {
                throw new MetadataException(origin + " (" + kind.annotation() + "): target is left out and cannot be taken from "
                        + "the field's type " + generic.getTypeName() + ". Set target = Target.class or type the field "
                        + wrapper.getSimpleName() + "<Target>.");
            }
        }
        if (target.getAnnotation(Entity.class) == null) {
            throw new MetadataException(origin + " (" + kind.annotation() + "): target " + target.getName()
                    + " is not an entity (no @Entity). Point target at an @Entity class.");
        }
        pending.addLast(target);
        return target;
    }

    private static String table(Class<?> entity) {
        return entity.getAnnotation(Entity.class).value();
    }

    private static List<String> list(String[] values) {
        return Arrays.asList(values);
    }
}
