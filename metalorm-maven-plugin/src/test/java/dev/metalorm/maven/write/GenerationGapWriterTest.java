package dev.metalorm.maven.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.render.EntityRenderer;
import dev.metalorm.maven.render.GeneratedHeader;
import dev.metalorm.maven.render.RenderedFile;
import dev.metalorm.maven.render.ShopFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's rules for user classes: created once, never overwritten, removed with their table only while unchanged. */
class GenerationGapWriterTest {
    private static final String PKG = ShopFixture.PACKAGE;

    @TempDir
    Path out;

    private final SourceWriter writer = new SourceWriter();
    private final List<RenderedFile> files = new EntityRenderer("TEST").render(ShopFixture.namedWithGap()).files();

    private Path file(String name) {
        return out.resolve("com/acme/model/" + name);
    }

    private static String rel(String name) {
        return "com/acme/model/" + name;
    }

    private String rendered(String name) {
        return files.stream().filter(f -> f.relativePath().equals(rel(name))).findFirst().orElseThrow().content();
    }

    @Test
    void userClassIsCreatedOnceThenNeverTouched() throws IOException {
        assertThat(writer.write(files, out, PKG, false).created()).hasSize(10);
        String custom = Files.readString(file("User.java")).replace("extends UserBase {\n", "extends UserBase {\n    public String hello() {\n        return \"hi\";\n    }\n");
        Files.writeString(file("User.java"), custom);

        WriteResult again = writer.write(files, out, PKG, true);

        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).contains(rel("User.java"));
        assertThat(Files.readString(file("User.java"))).isEqualTo(custom);
    }

    @Test
    void aSingleClassEntityWeGeneratedBecomesTheUserClass() throws IOException {
        List<RenderedFile> single = new EntityRenderer("TEST").render(ShopFixture.named()).files();
        writer.write(single, out, PKG, false);

        WriteResult result = writer.write(files, out, PKG, false);

        assertThat(result.updated()).containsExactly(rel("Post.java"), rel("Profile.java"), rel("Role.java"), rel("User.java"), rel("UserRole.java"));
        assertThat(Files.readString(file("User.java"))).isEqualTo(rendered("User.java"));
    }

    @Test
    void droppedTablesUserClassIsRemovedWhileUnchanged() throws IOException {
        writer.write(files, out, PKG, false);
        List<RenderedFile> withoutRoles = files.stream().filter(f -> !f.relativePath().contains("/Role")).toList();

        WriteResult result = writer.write(writer.plan(withoutRoles, out, PKG, false, t -> true,
                Map.of(rel("Role.java"), GeneratedHeader.contentHash(rendered("Role.java")))), withoutRoles, out);

        assertThat(result.removed()).containsExactly(rel("Role.java"), rel("RoleBase.java"));
        assertThat(file("Role.java")).doesNotExist();
    }

    @Test
    void droppedTablesChangedUserClassFailsAndNothingIsWritten() throws IOException {
        writer.write(files, out, PKG, false);
        Files.writeString(file("Role.java"), rendered("Role.java").replace("}\n", "    int custom;\n}\n"));
        List<RenderedFile> withoutRoles = files.stream().filter(f -> !f.relativePath().contains("/Role")).toList();

        WritePlan plan = writer.plan(withoutRoles, out, PKG, true, t -> true,
                Map.of(rel("Role.java"), GeneratedHeader.contentHash(rendered("Role.java"))));

        assertThat(plan.conflicts()).containsExactly(new WritePlan.Conflict(rel("Role.java"), WritePlan.ConflictKind.CHANGED_USER_CLASS));
        assertThatThrownBy(() -> writer.write(plan, withoutRoles, out)).isInstanceOf(WriteConflictException.class)
                .hasMessage("Refusing to write generated sources into " + out + ": com/acme/model/Role.java is your class of a dropped table"
                        + " and no longer compiles without its generated base class. Your changes to a user class are never deleted:"
                        + " move what you want to keep elsewhere, delete the file, and rerun metalorm:reverse.");
        assertThat(file("RoleBase.java")).exists();
    }

    @Test
    void aClassOfYoursThatDoesNotExtendTheBaseIsNotTakenForTheEntity() throws IOException {
        Files.createDirectories(file("User.java").getParent());
        Files.writeString(file("User.java"), "package com.acme.model;\n\npublic class User {\n}\n");
        Files.writeString(file("Role.java"), "package com.acme.model;\n\n@Entity(\"roles\")\npublic class Role extends com.acme.model.RoleBase {\n}\n");

        WritePlan plan = writer.plan(files, out, PKG, true);

        assertThat(plan.conflicts()).containsExactly(new WritePlan.Conflict(rel("User.java"), WritePlan.ConflictKind.NOT_A_USER_CLASS));
        assertThat(plan.result().unchanged()).containsExactly(rel("Role.java"));
        assertThatThrownBy(() -> writer.write(plan, files, out)).isInstanceOf(WriteConflictException.class)
                .hasMessage("Refusing to write generated sources into " + out + ": com/acme/model/User.java has no metalorm header"
                        + " and does not extend its generated base class. With the generation gap the entity is a class of yours that"
                        + " extends the generated base (public class User extends UserBase): make it extend it, or move it away to have"
                        + " one created.");
    }
}
