package dev.metalorm.maven.naming;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names of a hostile schema, put in plain Java sources the way render will use them (a class per
 * entity in one package, {@code String}/{@code BigDecimal} fields, {@code @Override}, getters and
 * setters), must compile.
 */
class GeneratedNamesCompileTest {

    static SchemaSnapshot hostile() {
        return schema()
                .table("string", t -> t.pk("id").col("class").col("default").col("get_class").col("2fa_code"))
                .table("object", t -> t.pk("id").fk("string_id", "string").col("string_id2"))
                .table("override", t -> t.pk("id").col("order date").col("Größe").col("record").col("_").col("名前").col("%%"))
                .table("big_decimal", t -> t.pk("id"))
                .table("entity", t -> t.pk("id").fk("class_id", "class"))
                .table("class", t -> t.pk("id").col("class").fk("parent_id", "class").fk("entity", "entity"))
                .table("user", t -> t.pk("id"))
                .table("users", t -> t.pk("id").col("author").col("user").fk("author_id", "user"))
                .table("USERS_", t -> t.pk("ID").fk("USER_ID", "users"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users").col("sender"))
                .table("store", t -> t.pk("id").fk("manager_staff_id", "staff").unique("manager_staff_id"))
                .table("staff", t -> t.pk("id").fk("store_id", "store"))
                .table("audit", t -> t.fk("user_id", "users").col("var").col("yield"))
                .table("2fa_codes", t -> t.pk("id").fk("user_id", "users"))
                .table("名前", t -> t.pk("id").fk("2fa_code_id", "2fa_codes"))
                .table("record", t -> t.pk("id").fk("default", "record"))
                .table("___", t -> t.pk("id"))
                .table("%%%", t -> t.pk("id").fk("x", "___"))
                .table("var", t -> t.pk("id").fk("record_id", "record"))
                .build();
    }

    @Test
    void hostileSchemaNamesCompile(@TempDir Path dir) throws IOException {
        NamedModel model = EntityNamer.name(hostile(), RelationInferrer.infer(hostile(), Overrides.NONE), Overrides.NONE, "com.example.model");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        assertValidAndUnique(model);

        List<Path> sources = new ArrayList<>();
        Path pkg = Files.createDirectories(dir.resolve("src/com/example/model"));
        for (EntityModel e : model.entities()) {
            Path file = pkg.resolve(e.className() + ".java");
            Files.writeString(file, source(model.packageName(), e), StandardCharsets.UTF_8);
            sources.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-encoding", "US-ASCII", "--release", "17"));
        sources.forEach(s -> args.add(s.toString()));
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(rc).as("javac:\n" + out).isZero();
    }

    /** What every model must satisfy: valid ASCII identifiers, unique members and accessors, no getClass(). */
    static void assertValidAndUnique(NamedModel model) {
        Set<String> classes = new TreeSet<>();
        for (EntityModel e : model.entities()) {
            assertThat(SourceVersion.isName(e.className())).as(e.className()).isTrue();
            assertThat(classes.add(e.className().toLowerCase(Locale.ROOT))).as("class " + e.className()).isTrue();
            Set<String> fields = new TreeSet<>();
            Set<String> methods = new TreeSet<>();
            for (PropertyModel p : e.properties()) {
                member(e, p.fieldName(), fields);
                member(e, p.getterName(), methods);
                member(e, p.setterName(), methods);
            }
            for (RelationProperty r : e.relations()) {
                member(e, r.fieldName(), fields);
                member(e, r.getterName(), methods);
            }
            assertThat(methods).doesNotContain("getClass");
            if (e.baseClassName() != null) {
                assertThat(classes.add(e.baseClassName().toLowerCase(Locale.ROOT))).as("class " + e.baseClassName()).isTrue();
            }
        }
        for (EnumModel e : model.enums()) {
            assertThat(SourceVersion.isName(e.className()) && e.className().chars().allMatch(c -> c < 128)).as(e.className()).isTrue();
            assertThat(classes.add(e.className().toLowerCase(Locale.ROOT))).as("enum " + e.className()).isTrue();
            Set<String> constants = new TreeSet<>();
            for (EnumModel.Constant c : e.constants()) {
                assertThat(SourceVersion.isName(c.name()) && c.name().chars().allMatch(ch -> ch < 128)).as(c.name()).isTrue();
                assertThat(constants.add(c.name())).as(e.className() + "." + c.name()).isTrue();
            }
        }
    }

    private static void member(EntityModel e, String name, Set<String> seen) {
        assertThat(SourceVersion.isName(name) && name.chars().allMatch(c -> c < 128)).as(e.className() + "." + name).isTrue();
        assertThat(seen.add(name)).as("duplicate " + e.className() + "." + name).isTrue();
    }

    private static String source(String packageName, EntityModel e) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(packageName).append(";\n\n");
        s.append("import java.math.BigDecimal;\nimport java.util.List;\nimport java.util.UUID;\n\n");
        s.append("public class ").append(e.className()).append(" {\n");
        for (PropertyModel p : e.properties()) {
            s.append("    private String ").append(p.fieldName()).append(";\n");
            s.append("    public String ").append(p.getterName()).append("() { return ").append(p.fieldName()).append("; }\n");
            s.append("    public void ").append(p.setterName()).append("(String value) { this.").append(p.fieldName()).append(" = value; }\n");
        }
        for (RelationProperty r : e.relations()) {
            boolean many = r.relation().kind() == RelationKind.HAS_MANY || r.relation().kind() == RelationKind.BELONGS_TO_MANY;
            String type = many ? "List<" + r.targetClassName() + ">" : r.targetClassName();
            s.append("    private ").append(type).append(' ').append(r.fieldName()).append(";\n");
            s.append("    public ").append(type).append(' ').append(r.getterName()).append("() { return ").append(r.fieldName()).append("; }\n");
            if (r.pivotClassName() != null) {
                s.append("    private Class<?> ").append(r.fieldName()).append("Pivot = ").append(r.pivotClassName()).append(".class;\n");
            }
        }
        s.append("    private BigDecimal amount$;\n    private UUID uuid$;\n    private Object object$;\n");
        s.append("    @Override\n    public String toString() { return String.valueOf(Integer.valueOf(1)) + System.lineSeparator(); }\n");
        s.append("}\n");
        return s.toString();
    }
}
