package dev.metalorm.maven.render;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.naming.NameLock;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated enums: one file each, the generated header, constants with their labels; entities typed with them. */
class EnumRenderTest {

    static NamedModel model(boolean gap) {
        SchemaSnapshot s = schema().product("PostgreSQL")
                .table("orders", t -> t.pk("id").enumCol("status", "public", "order_status", "new", "in progress", "in-progress", "",
                        "1st", "NEW"))
                .table("returns", t -> t.pk("id").enumCol("state", "public", "order_status", "new", "in progress", "in-progress", "",
                        "1st", "NEW").enumCol("reason", null, null, "it's", "back\\slash"))
                .build();
        return EntityNamer.name(s, RelationInferrer.infer(s, Overrides.NONE), Overrides.NONE, "com.acme.model", NameLock.EMPTY, gap);
    }

    @Test
    void enumsMatchGoldenFilesAndCompileWithTheirEntities(@TempDir Path classes) {
        RenderResult result = new EntityRenderer("TEST").render(model(false));
        assertThat(result.files()).extracting(RenderedFile::relativePath).containsExactly(
                "com/acme/model/Order.java", "com/acme/model/OrderStatus.java", "com/acme/model/Return.java",
                "com/acme/model/ReturnReason.java");
        Golden.assertMatches("render/enum/OrderStatus.java.golden", content(result, "OrderStatus.java"));
        Golden.assertMatches("render/enum/ReturnReason.java.golden", content(result, "ReturnReason.java"));
        Golden.assertMatches("render/enum/Return.java.golden", content(result, "Return.java"));
        assertThat(content(result, "Order.java")).contains("private OrderStatus status;").doesNotContain("sqlType");
        for (RenderedFile f : result.files()) {
            assertThat(GeneratedHeader.inspect(f.content())).isEqualTo(GeneratedHeader.Status.INTACT);
        }
        assertThat(GeneratedHeader.tables(content(result, "OrderStatus.java"))).containsExactly("orders", "returns");
        assertThat(GeneratedHeader.tables(content(result, "ReturnReason.java"))).containsExactly("returns");
        assertThat(GeneratedHeader.tables(content(result, "Order.java"))).containsExactly("orders");
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();
        // byte-identical on a rerun
        assertThat(new EntityRenderer("TEST").render(model(false))).isEqualTo(result);
    }

    @Test
    void withTheGenerationGapAnEnumIsOneGeneratedFile(@TempDir Path classes) {
        RenderResult result = new EntityRenderer("TEST").render(model(true));
        List<String> paths = result.files().stream().map(RenderedFile::relativePath).toList();
        assertThat(paths).containsExactly("com/acme/model/Order.java", "com/acme/model/OrderBase.java",
                "com/acme/model/OrderStatus.java", "com/acme/model/Return.java", "com/acme/model/ReturnBase.java",
                "com/acme/model/ReturnReason.java");
        assertThat(result.files().stream().filter(f -> f.relativePath().endsWith("OrderStatus.java")).findFirst().orElseThrow()
                .createOnly()).isFalse();
        assertThat(content(result, "OrderBase.java")).contains("private OrderStatus status;");
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();
    }

    private static String content(RenderResult result, String file) {
        return result.files().stream().filter(f -> f.relativePath().endsWith("/" + file)).findFirst().orElseThrow().content();
    }
}
