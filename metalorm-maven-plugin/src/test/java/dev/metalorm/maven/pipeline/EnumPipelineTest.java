package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.render.InMemoryCompiler;
import dev.metalorm.maven.render.RenderedFile;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 5, end to end: a PostgreSQL enum type and a MariaDB ENUM column are reversed into Java enums; the
 * generated entities compile, insert a constant (one whose label is not a Java name too) and read it back through
 * the runtime; a second run is byte-identical; a changed label list rewrites the enum (which check sees); an enum
 * no column uses any more is removed; {@code generateEnums=false} keeps String.
 */
class EnumPipelineTest {

    @AllDatabases({DatabaseKind.MYSQL, DatabaseKind.POSTGRES})
    void enumColumnsRoundTripThroughGeneratedEnums(TestDatabase db, @TempDir Path dir) throws Exception {
        boolean pg = db.kind() == DatabaseKind.POSTGRES;
        if (pg) {
            db.execute("CREATE TYPE order_status AS ENUM ('new', 'in progress', 'done')",
                    "CREATE TABLE orders (id INT PRIMARY KEY, status order_status NOT NULL)",
                    "CREATE TABLE audits (id INT PRIMARY KEY, last_status order_status)");
        } else {
            db.execute("CREATE TABLE orders (id INT PRIMARY KEY, status ENUM('new','in progress','done') NOT NULL)",
                    "CREATE TABLE audits (id INT PRIMARY KEY, last_status ENUM('new','in progress','done'))");
        }
        Path sources = dir.resolve("src");
        ReverseResult first = ReversePipeline.standard().run(config(db, sources, true));
        // PostgreSQL: named from the type; MariaDB: entity Order + field status, the same name here
        Path enumFile = sources.resolve("com/acme/shop/OrderStatus.java");
        String enumSource = Files.readString(enumFile, StandardCharsets.UTF_8);
        assertThat(enumSource).contains("public enum OrderStatus {").contains("@EnumValue(\"in progress\")\n    IN_PROGRESS,");
        assertThat(Files.readString(sources.resolve("com/acme/shop/Order.java"), StandardCharsets.UTF_8))
                .contains("private OrderStatus status;");
        // PostgreSQL: one enum for the shared type; MariaDB: one per column
        assertThat(Files.exists(sources.resolve("com/acme/shop/AuditLastStatus.java"))).isEqualTo(!pg);
        assertThat(first.report().toJson()).contains("\"className\": \"OrderStatus\"");

        // a rerun writes nothing
        ReverseResult second = ReversePipeline.standard().run(config(db, sources, true));
        assertThat(second.files().created()).isEmpty();
        assertThat(second.files().updated()).isEmpty();

        ClassLoader loader = compile(sources, dir.resolve("classes"));
        Class<?> order = Class.forName("com.acme.shop.Order", true, loader);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> status = (Class<Enum>) Class.forName("com.acme.shop.OrderStatus", true, loader);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(order).build();
        try (Session s = orm.openSession()) {
            Object o = order.getConstructor().newInstance();
            order.getMethod("setId", Integer.class).invoke(o, 1);
            order.getMethod("setStatus", status).invoke(o, Enum.valueOf(status, "IN_PROGRESS"));
            s.persist(o);
            s.commit();
        }
        assertThat(rows(db, "SELECT status FROM orders")).containsExactly("in progress");
        try (Session s = orm.openSession()) {
            Object read = s.find(order, 1);
            assertThat(order.getMethod("getStatus").invoke(read)).isEqualTo(Enum.valueOf(status, "IN_PROGRESS"));
        }
        // a label the generated enum does not know: a clear error, not a crash
        if (pg) {
            db.execute("ALTER TYPE order_status ADD VALUE 'cancelled'", "UPDATE orders SET status = 'cancelled'");
        } else {
            db.execute("ALTER TABLE orders MODIFY status ENUM('new','in progress','done','cancelled') NOT NULL",
                    "UPDATE orders SET status = 'cancelled'");
        }
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.find(order, 1)).hasMessageContaining("Column status holds \"cancelled\"")
                    .hasMessageContaining("\"new\", \"in progress\", \"done\"");
        }
        // check sees the new label as a change of the enum's file; a run writes it
        CheckResult check = ReversePipeline.standard().check(config(db, sources, true));
        assertThat(check.plan().result().updated()).contains("com/acme/shop/OrderStatus.java");
        ReversePipeline.standard().run(config(db, sources, true));
        assertThat(Files.readString(enumFile, StandardCharsets.UTF_8)).contains("CANCELLED");

        // generateEnums=false: String fields, the enum files are removed as stale
        ReverseResult plain = ReversePipeline.standard().run(config(db, sources, false));
        assertThat(plain.files().removed()).contains("com/acme/shop/OrderStatus.java");
        assertThat(Files.exists(enumFile)).isFalse();
        assertThat(Files.readString(sources.resolve("com/acme/shop/Order.java"), StandardCharsets.UTF_8))
                .contains("private String status;");
    }

    private static ReverseConfig config(TestDatabase db, Path out, boolean enums) {
        return ReverseConfig.builder().url(db.url()).user(db.user()).password(db.password())
                .packageName("com.acme.shop").outputDirectory(out).generationGap(false).generateEnums(enums).build();
    }

    private static ClassLoader compile(Path sources, Path classes) throws Exception {
        List<RenderedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files.add(new RenderedFile(sources.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        Files.createDirectories(classes);
        assertThat(InMemoryCompiler.compile(files, classes)).isEmpty();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EnumPipelineTest.class.getClassLoader());
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
