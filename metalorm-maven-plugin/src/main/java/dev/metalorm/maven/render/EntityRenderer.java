package dev.metalorm.maven.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.HasOne;
import dev.metalorm.annotation.Id;
import dev.metalorm.annotation.Version;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.EnumModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.PropertyModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import dev.metalorm.relation.ManyToManyCollection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Turns the named model into one entity source per table, written the way a person would write it
 * against the runtime: {@code @Entity} class with javadoc from the table comment, javadoc on every
 * field and getter ({@link MemberDocs}: the column's comment, else its type, nullability, default and
 * key role; the foreign key a relation follows), one private field
 * per column ({@code @Id} for key columns, {@code @Column(name = …)} always), one per relation with
 * its annotation, getters and setters for columns, getters only for relations (lazy: on a new object
 * the getter makes an unattached wrapper, so its relations work before persist). Key attributes
 * MetalORM defaults (the referenced primary key) are left out. Every identifier comes from the
 * naming stage; database text only ever reaches the source as a string literal or escaped javadoc.
 *
 * <p>With the generation gap (the entity has a {@link EntityModel#baseClassName()}) the fields,
 * getters and setters go to {@code abstract class UserBase} (generated header and hash, no
 * {@code @Entity}), and a create-only {@code @Entity("users") public class User extends UserBase}
 * is rendered for the user, with a header saying it is theirs and no hash.
 */
public final class EntityRenderer {
    private static final String INDENT = "    ";

    private final String generatorVersion;
    private final RenderOptions options;

    /** @param generatorVersion written into each file's header, e.g. {@code GeneratorVersion.get()} */
    public EntityRenderer(String generatorVersion) {
        this(generatorVersion, RenderOptions.DEFAULTS);
    }

    /**
     * @param generatorVersion written into each file's header, e.g. {@code GeneratorVersion.get()}
     * @param options the schema to qualify tables with, the version columns
     */
    public EntityRenderer(String generatorVersion, RenderOptions options) {
        this.generatorVersion = Objects.requireNonNull(generatorVersion, "generatorVersion");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Renders every entity and enum of the model; files are sorted by path. */
    public RenderResult render(NamedModel model) {
        Map<String, EntityModel> byTable = new TreeMap<>();
        for (EntityModel entity : model.entities()) {
            byTable.put(entity.table().name(), entity);
        }
        // Entity names that equal a runtime or JDK simple name (an entity called Column, or Entity)
        // make JavaPoet qualify the other type instead of importing it.
        // Only the names a file can import matter (JavaPoet checks the simple name of each type it
        // would import): each file gets the entity names among those, not all of them. Passing every
        // entity name to every file cost O(entities^3) (JavaPoet formats the whole array per name).
        Set<String> entityNames = new HashSet<>();
        for (EntityModel e : model.entities()) {
            entityNames.add(e.className());
            if (e.baseClassName() != null) {
                entityNames.add(e.baseClassName());
            }
        }
        List<RenderedFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (EntityModel entity : model.entities()) {
            files.add(render(model.packageName(), entity, byTable, entityNames, diagnostics));
            if (entity.baseClassName() != null) {
                files.add(userClass(model.packageName(), entity, entityNames, options.schema()));
            }
        }
        for (EnumModel e : model.enums()) {
            files.add(EnumRenderer.render(generatorVersion, model.packageName(), e, INDENT));
        }
        files.sort(Comparator.comparing(RenderedFile::relativePath));
        return new RenderResult(files, diagnostics);
    }

    private RenderedFile render(String packageName, EntityModel entity, Map<String, EntityModel> byTable,
                                Set<String> entityNames, List<Diagnostic> diagnostics) {
        TableSnapshot table = entity.table();
        boolean gap = entity.baseClassName() != null;
        TypeSpec.Builder type = TypeSpec.classBuilder(gap ? entity.baseClassName() : entity.className())
                .addModifiers(Modifier.PUBLIC);
        // every simple name of a type this file references
        Set<String> referenced = new HashSet<>(RUNTIME_NAMES);
        if (gap) {
            type.addModifiers(Modifier.ABSTRACT).addJavadoc(baseJavadoc(entity));
        } else {
            type.addJavadoc(classJavadoc(entity)).addAnnotation(entityAnnotation(table.name(), options.schema()));
        }
        PropertyModel version = versionProperty(entity, diagnostics);

        List<MethodSpec> accessors = new ArrayList<>();
        for (PropertyModel property : entity.properties()) {
            // a generated enum says enough: the runtime binds a PostgreSQL enum untyped whatever its sqlType
            TypeMapping.Mapping mapping = property.enumClassName() != null
                    ? new TypeMapping.Mapping(ClassName.get(packageName, property.enumClassName()), null)
                    : TypeMapping.map(table.name(), property.column(), property.javaTypeOverride());
            if (mapping.warning() != null) {
                diagnostics.add(Diagnostic.warning("column " + table.name() + "." + property.column().name(), mapping.warning()));
            }
            TypeName fieldType = mapping.type();
            simpleNames(fieldType, referenced);
            FieldSpec.Builder field = FieldSpec.builder(fieldType, property.fieldName(), Modifier.PRIVATE);
            if (property.id()) {
                AnnotationSpec.Builder id = AnnotationSpec.builder(Id.class);
                if (property.generatedId()) {
                    id.addMember("generated", "$L", true);
                }
                field.addAnnotation(id.build());
            }
            AnnotationSpec.Builder column = AnnotationSpec.builder(Column.class).addMember("name", "$S", property.column().name());
            // the runtime orders flushes through nullable foreign keys; ids are never null anyway
            if (!property.column().nullable() && !property.id()) {
                column.addMember("nullable", "$L", false);
            }
            if (property.javaTypeOverride() == null && TypeMapping.isJson(property.column())) {
                column.addMember("json", "$L", true);
            }
            if (property.javaTypeOverride() == null && mapping.sqlType() != null) {
                column.addMember("sqlType", "$S", mapping.sqlType());
            }
            // a generated key is @Id(generated = true) already; everything else the database fills in or computes
            // is said, so that the runtime leaves it out of INSERT (and UPDATE) and reads back what was stored
            if (!property.generatedId()) {
                if (!property.column().generation().writable()) {
                    column.addMember("readOnly", "$L", true);
                } else if (property.column().hasDefault()) {
                    column.addMember("hasDefault", "$L", true);
                }
                if (property.column().generation().writable()
                        && (property.column().refreshedOnUpdate() || options.isRefreshedOnUpdate(property.column().name()))) {
                    column.addMember("refreshedOnUpdate", "$L", true); // read back after the session updates the row
                }
            }
            field.addAnnotation(column.build());
            if (property == version) {
                field.addAnnotation(Version.class);
            }
            String doc = MemberDocs.column(table, property);
            type.addField(field.addJavadoc("$L\n", doc).build());

            MethodSpec.Builder getter = MethodSpec.methodBuilder(property.getterName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(fieldType)
                    .addStatement("return $N", property.fieldName())
                    .addJavadoc("$L\n", doc);
            accessors.add(getter.build());
            accessors.add(MethodSpec.methodBuilder(property.setterName())
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(fieldType, property.fieldName())
                    .addStatement("this.$N = $N", property.fieldName(), property.fieldName())
                    .build());
        }
        for (RelationProperty relation : entity.relations()) {
            ClassName target = ClassName.get(packageName, relation.targetClassName());
            TypeName fieldType = ParameterizedTypeName.get(wrapperOf(relation.relation()), target);
            simpleNames(fieldType, referenced);
            String doc = MemberDocs.relation(relation);
            type.addField(FieldSpec.builder(fieldType, relation.fieldName(), Modifier.PRIVATE)
                    .addJavadoc("$L\n", doc)
                    .addAnnotation(relationAnnotation(packageName, entity, relation, byTable))
                    .build());
            // lazy, so that a new object's relations work before persist; the session replaces the wrapper
            accessors.add(MethodSpec.methodBuilder(relation.getterName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(fieldType)
                    .beginControlFlow("if ($N == null)", relation.fieldName())
                    .addStatement("$N = $T.unattached()", relation.fieldName(), wrapperOf(relation.relation()))
                    .endControlFlow()
                    .addStatement("return $N", relation.fieldName())
                    .addJavadoc("$L\n", doc)
                    .build());
        }
        type.addMethods(accessors);
        type.alwaysQualify(qualified(entityNames, referenced));

        String body = AnnotationLayout.compact(JavaFile.builder(packageName, type.build())
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build()
                .toString());
        String path = packageName.replace('.', '/') + "/" + (gap ? entity.baseClassName() : entity.className()) + ".java";
        return new RenderedFile(path, GeneratedHeader.wrap(generatorVersion, table.name(), body));
    }

    /**
     * The user class of the generation gap: {@code @Entity} on an empty subclass of the generated
     * base, created once and then the user's. Its header names no generator version, so the same
     * table gives the same bytes whichever plugin version created it.
     */
    private static RenderedFile userClass(String packageName, EntityModel entity, Set<String> entityNames, String schema) {
        TypeSpec type = TypeSpec.classBuilder(entity.className())
                .addModifiers(Modifier.PUBLIC)
                .alwaysQualify(qualified(entityNames, RUNTIME_NAMES))
                .superclass(ClassName.get(packageName, entity.baseClassName()))
                .addJavadoc(classJavadoc(entity))
                .addAnnotation(entityAnnotation(entity.table().name(), schema))
                .build();
        String body = AnnotationLayout.compact(
                JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build().toString());
        String path = packageName.replace('.', '/') + "/" + entity.className() + ".java";
        return new RenderedFile(path, GeneratedHeader.userClassHeader(entity.table().name(), entity.baseClassName()) + body, true);
    }

    /** {@code @Entity("users")}, or {@code @Entity(value = "customers", schema = "other")} when tables are qualified. */
    private static AnnotationSpec entityAnnotation(String table, String schema) {
        AnnotationSpec.Builder entity = AnnotationSpec.builder(Entity.class).addMember("value", "$S", table);
        if (schema != null) {
            entity.addMember("schema", "$S", schema);
        }
        return entity.build();
    }

    /**
     * The property that gets {@code @Version}: the one column matching {@link RenderOptions#versionColumns()} that is
     * an integer or a timestamp the application writes and not a key. A matching column of another kind, or a second
     * one, is a warning (the runtime allows one version column per table).
     */
    private PropertyModel versionProperty(EntityModel entity, List<Diagnostic> diagnostics) {
        PropertyModel chosen = null;
        for (PropertyModel property : entity.properties()) {
            if (!options.isVersionColumn(property.column().name())) {
                continue;
            }
            String subject = "column " + entity.table().name() + "." + property.column().name();
            TypeName type = TypeMapping.map(entity.table().name(), property.column(), property.javaTypeOverride()).type();
            String problem = property.id() ? "is part of the primary key"
                    : !property.column().generation().writable() ? "is computed by the database"
                    : !VERSION_TYPES.contains(type.toString()) ? "is a " + type + ", not an integer or a timestamp"
                    : chosen != null ? "is a second version column (" + chosen.column().name() + " is the first)"
                    : null;
            if (problem != null) {
                diagnostics.add(Diagnostic.warning(subject, "matches metalorm.versionColumns but " + problem
                        + ", so it gets no @Version. Change metalorm.versionColumns to leave it out."));
            } else {
                chosen = property;
            }
        }
        return chosen;
    }

    /** The field types {@code @Version} takes (the runtime's integers and timestamps). */
    private static final Set<String> VERSION_TYPES = Set.of(Short.class.getName(), Integer.class.getName(), Long.class.getName(),
            java.time.LocalDateTime.class.getName(), java.time.Instant.class.getName(), java.time.OffsetDateTime.class.getName());

    private static CodeBlock baseJavadoc(EntityModel entity) {
        TableSnapshot table = entity.table();
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!table.comment().isBlank()) {
            doc.add("$L\n\n<p>", Javadoc.escape(table.comment().strip()));
        }
        return doc.add("Generated columns and relations of table $L; the entity is {@link $L}, yours to extend.\n",
                Javadoc.code(table.name()), entity.className()).build();
    }

    private static CodeBlock classJavadoc(EntityModel entity) {
        TableSnapshot table = entity.table();
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!table.comment().isBlank()) {
            doc.add("$L\n\n<p>", Javadoc.escape(table.comment().strip()));
        }
        doc.add("Entity for table $L", Javadoc.code(table.name()));
        if (entity.classification().junction()) {
            doc.add(", a many-to-many junction");
        }
        return doc.add(".\n").build();
    }

    /** Simple names of the runtime's types the renderer may reference (annotations and relation wrappers). */
    private static final Set<String> RUNTIME_NAMES = Set.of(Entity.class.getSimpleName(), Id.class.getSimpleName(),
            Column.class.getSimpleName(), Version.class.getSimpleName(), BelongsTo.class.getSimpleName(), BelongsToMany.class.getSimpleName(),
            HasMany.class.getSimpleName(), HasOne.class.getSimpleName(), BelongsToReference.class.getSimpleName(),
            HasManyCollection.class.getSimpleName(), HasOneReference.class.getSimpleName(),
            ManyToManyCollection.class.getSimpleName());

    /** The entity names a file referencing {@code referenced} must always qualify, sorted. */
    private static String[] qualified(Set<String> entityNames, Set<String> referenced) {
        return referenced.stream().filter(entityNames::contains).sorted().toArray(String[]::new);
    }

    /** Adds every simple name (enclosing classes too) of the classes in {@code type}. */
    private static void simpleNames(TypeName type, Set<String> into) {
        if (type instanceof ClassName c) {
            into.addAll(c.simpleNames());
        } else if (type instanceof ParameterizedTypeName p) {
            simpleNames(p.rawType(), into);
            p.typeArguments().forEach(t -> simpleNames(t, into));
        } else if (type instanceof ArrayTypeName a) {
            simpleNames(a.componentType(), into);
        } else if (type instanceof WildcardTypeName w) {
            w.upperBounds().forEach(t -> simpleNames(t, into));
            w.lowerBounds().forEach(t -> simpleNames(t, into));
        } else if (type instanceof TypeVariableName v) {
            v.bounds().forEach(t -> simpleNames(t, into));
        }
    }

    private static ClassName wrapperOf(Relation relation) {
        return switch (relation.kind()) {
            case BELONGS_TO -> ClassName.get(BelongsToReference.class);
            case HAS_MANY -> ClassName.get(HasManyCollection.class);
            case HAS_ONE -> ClassName.get(HasOneReference.class);
            case BELONGS_TO_MANY -> ClassName.get(ManyToManyCollection.class);
        };
    }

    private static AnnotationSpec relationAnnotation(String packageName, EntityModel owner, RelationProperty property,
                                                     Map<String, EntityModel> byTable) {
        Relation r = property.relation();
        List<String> ownerKey = primaryKey(owner.table());
        EntityModel targetEntity = byTable.get(r.targetTable());
        List<String> targetKey = targetEntity == null ? null : primaryKey(targetEntity.table());
        ClassName target = ClassName.get(packageName, property.targetClassName());
        AnnotationSpec.Builder a;
        switch (r.kind()) {
            case BELONGS_TO -> {
                a = AnnotationSpec.builder(BelongsTo.class).addMember("target", "$T.class", target);
                strings(a, "foreignKey", r.foreignKey());
                unlessDefault(a, "targetKey", r.targetKey(), targetKey);
            }
            case HAS_MANY, HAS_ONE -> {
                a = AnnotationSpec.builder(r.kind() == dev.metalorm.maven.infer.RelationKind.HAS_MANY ? HasMany.class : HasOne.class)
                        .addMember("target", "$T.class", target);
                strings(a, "foreignKey", r.foreignKey());
                unlessDefault(a, "localKey", r.localKey(), ownerKey);
            }
            case BELONGS_TO_MANY -> {
                if (property.pivotClassName() == null) {
                    throw new IllegalArgumentException("Relation " + r.key() + " is BELONGS_TO_MANY but naming gave no pivot class");
                }
                a = AnnotationSpec.builder(BelongsToMany.class)
                        .addMember("target", "$T.class", target)
                        .addMember("pivotTable", "$T.class", ClassName.get(packageName, property.pivotClassName()));
                strings(a, "pivotForeignKeyToRoot", r.pivotForeignKeyToRoot());
                strings(a, "pivotForeignKeyToTarget", r.pivotForeignKeyToTarget());
                unlessDefault(a, "localKey", r.localKey(), ownerKey);
                unlessDefault(a, "targetKey", r.targetKey(), targetKey);
            }
            default -> throw new IllegalArgumentException("Unknown relation kind " + r.kind());
        }
        return a.build();
    }

    private static List<String> primaryKey(TableSnapshot table) {
        return table.primaryKeyIfAny().map(PrimaryKeySnapshot::columns).orElse(List.of());
    }

    /** MetalORM takes the referenced primary key when a key attribute is left out. */
    private static void unlessDefault(AnnotationSpec.Builder a, String member, List<String> columns, List<String> primaryKey) {
        if (!columns.isEmpty() && !columns.equals(primaryKey)) {
            strings(a, member, columns);
        }
    }

    /** One column as {@code "a"}, several as {@code {"a", "b"}} (JavaPoet joins repeated members into an array). */
    private static void strings(AnnotationSpec.Builder a, String member, List<String> columns) {
        for (String column : columns) {
            a.addMember(member, "$S", column);
        }
    }
}
