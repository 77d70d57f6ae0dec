package dev.metalorm.maven.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationGapRenderTest {
    private final RenderResult result = new EntityRenderer("TEST").render(ShopFixture.namedWithGap());

    @Test
    void baseAndUserClassPerTableMatchGoldenFiles() {
        assertThat(result.files()).extracting(RenderedFile::relativePath).containsExactly(
                "com/acme/model/Post.java", "com/acme/model/PostBase.java", "com/acme/model/Profile.java", "com/acme/model/ProfileBase.java",
                "com/acme/model/Role.java", "com/acme/model/RoleBase.java", "com/acme/model/User.java", "com/acme/model/UserBase.java",
                "com/acme/model/UserRole.java", "com/acme/model/UserRoleBase.java");
        for (String name : new String[] {"User.java", "UserBase.java", "UserRole.java", "UserRoleBase.java"}) {
            Golden.assertMatches("render/gap/" + name + ".golden", file(name).content());
        }
    }

    @Test
    void userClassesAreCreateOnlyAndCarryNoMarkerBasesAreGenerated() {
        for (RenderedFile f : result.files()) {
            boolean base = f.relativePath().endsWith("Base.java");
            assertThat(f.createOnly()).as(f.relativePath()).isEqualTo(!base);
            assertThat(GeneratedHeader.inspect(f.content())).as(f.relativePath())
                    .isEqualTo(base ? GeneratedHeader.Status.INTACT : GeneratedHeader.Status.FOREIGN);
        }
    }

    @Test
    void compilesAgainstTheRuntime(@TempDir Path classes) {
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();
    }

    @Test
    void entitiesNamedLikeRuntimeTypesCompileWithTheGap(@TempDir Path classes) {
        NamedModel odd = EntityRendererTest.oddModel();
        NamedModel withGap = new NamedModel(odd.packageName(), odd.entities().stream()
                .map(e -> new EntityModel(e.table(), e.classification(), e.className(), e.className() + "Base", e.properties(), e.relations()))
                .toList(), List.of());
        RenderResult rendered = new EntityRenderer("TEST").render(withGap);
        assertThat(InMemoryCompiler.compile(rendered.files(), classes)).isEmpty();
        String entity = rendered.files().stream().filter(f -> f.relativePath().endsWith("/Entity.java")).findFirst().orElseThrow().content();
        assertThat(entity).contains("@dev.metalorm.annotation.Entity(\"entity\")\npublic class Entity extends EntityBase {");
    }

    private RenderedFile file(String name) {
        return result.files().stream().filter(f -> f.relativePath().endsWith("/" + name)).findFirst().orElseThrow();
    }
}
