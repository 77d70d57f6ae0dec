package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.render.InMemoryCompiler;
import dev.metalorm.maven.render.RenderedFile;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 16 item 1 and issue 11 item 1, end to end on each database: reversing {@code metalorm.schema=other} while
 * the connection's current schema (database) has a table of the same name generates entities that name their
 * schema, so the runtime's rows go to {@code other.customers} and nowhere else; columns with defaults are filled in
 * by the database and read back, the version column is checked. Reversing the current schema stays unqualified.
 */
class SchemaQualificationPipelineTest {

    @AllDatabases
    void entitiesOfAnotherSchemaWriteThere(TestDatabase db, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String other = otherSchema(db);
        try {
            String qualified = q(db, other) + ".customers";
            db.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50))",
                    "INSERT INTO customers (id, name) VALUES (1, 'current schema')",
                    "CREATE TABLE " + qualified + " (id " + autoIncrement(db) + " PRIMARY KEY, name VARCHAR(50) NOT NULL,"
                            + " status VARCHAR(10) NOT NULL DEFAULT 'new', created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                            + " version INT NOT NULL DEFAULT 0)");

            Path sources = dir.resolve("qualified");
            ReverseResult result = ReversePipeline.standard().run(config(db, other, sources));
            assertThat(result.snapshot().connectionDefault()).isFalse();
            String customer = Files.readString(sources.resolve("com/acme/sales/Customer.java"), StandardCharsets.UTF_8);
            assertThat(customer).contains("@Entity(value = \"customers\", schema = \"" + other + "\")")
                    .contains("@Column(name = \"status\", nullable = false, hasDefault = true)")
                    .contains("@Column(name = \"created\", nullable = false, hasDefault = true)")
                    .contains("@Column(name = \"version\", nullable = false, hasDefault = true)\n    @Version");

            Class<?> type = compileAndLoad(sources, dir.resolve("classes"), "com.acme.sales.Customer");
            MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(type).build();
            Object id;
            try (Session s = orm.openSession()) {
                Object grace = type.getConstructor().newInstance();
                type.getMethod("setName", String.class).invoke(grace, "Grace");
                s.persist(grace);
                s.commit();
                id = type.getMethod("getId").invoke(grace);
                // the database's defaults, read back into the entity
                assertThat(type.getMethod("getStatus").invoke(grace)).isEqualTo("new");
                assertThat(type.getMethod("getCreated").invoke(grace)).isNotNull();
                assertThat(type.getMethod("getVersion").invoke(grace)).isEqualTo(0);
            }
            try (Session s = orm.openSession()) {
                Object grace = s.find(type, id);
                type.getMethod("setName", String.class).invoke(grace, "Grace H.");
                s.commit();
            }
            assertThat(rows(db, "SELECT id, name, status, version FROM " + qualified))
                    .containsExactly(id + "|Grace H.|new|1");
            assertThat(rows(db, "SELECT id, name FROM customers")).containsExactly("1|current schema");

            // the connection's current schema stays unqualified: the entities follow the URL
            Path current = dir.resolve("current");
            ReversePipeline.standard().run(config(db, null, current));
            assertThat(Files.readString(current.resolve("com/acme/sales/Customer.java"), StandardCharsets.UTF_8))
                    .contains("@Entity(\"customers\")\n");
        } finally {
            dropOtherSchema(db, other);
        }
    }

    private static ReverseConfig config(TestDatabase db, String schema, Path out) {
        return ReverseConfig.builder().url(db.url()).user(db.user()).password(db.password()).schema(schema)
                .packageName("com.acme.sales").outputDirectory(out).generationGap(false).build();
    }

    private static Class<?> compileAndLoad(Path sources, Path classes, String name) throws IOException, ReflectiveOperationException {
        List<RenderedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files.add(new RenderedFile(sources.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        Files.createDirectories(classes);
        assertThat(InMemoryCompiler.compile(files, classes)).isEmpty();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SchemaQualificationPipelineTest.class.getClassLoader());
        return Class.forName(name, true, loader);
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static String otherSchema(TestDatabase db) {
        if (db.kind() == DatabaseKind.MYSQL) {
            String name = db.name() + "_other";
            db.execute("CREATE DATABASE `" + name + "`");
            return name;
        }
        db.execute("CREATE SCHEMA other");
        return "other";
    }

    private static void dropOtherSchema(TestDatabase db, String other) {
        if (db.kind() == DatabaseKind.MYSQL) {
            db.execute("DROP DATABASE IF EXISTS `" + other + "`");
        }
    }

    private static String q(TestDatabase db, String identifier) {
        return db.kind() == DatabaseKind.MYSQL ? "`" + identifier + "`" : identifier;
    }

    private static String autoIncrement(TestDatabase db) {
        return db.kind() == DatabaseKind.POSTGRES ? "SERIAL" : "INT AUTO_INCREMENT";
    }
}
