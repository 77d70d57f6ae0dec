package dev.metalorm.maven.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationLayoutTest {
    @Test
    void shortAnnotationsGoOnOneLine() {
        String in = "    @Column(\n            name = \"a {\"\n    )\n    private String a;\n";
        assertThat(AnnotationLayout.compact(in)).isEqualTo("    @Column(name = \"a {\")\n    private String a;\n");
    }

    @Test
    void arraysAreInlinedAndLongAnnotationsKeepOneMemberPerLine() {
        String in = "    @BelongsToMany(\n            target = Role.class,\n            pivotTable = UserRole.class,\n"
                + "            pivotForeignKeyToRoot = {\n                    \"tenant_id\",\n                    \"user_id\"\n            },\n"
                + "            pivotForeignKeyToTarget = \"role_id\"\n    )\n";
        assertThat(AnnotationLayout.compact(in)).isEqualTo("    @BelongsToMany(\n            target = Role.class,\n"
                + "            pivotTable = UserRole.class,\n            pivotForeignKeyToRoot = {\"tenant_id\", \"user_id\"},\n"
                + "            pivotForeignKeyToTarget = \"role_id\"\n    )\n");
    }

    @Test
    void otherTextIsUntouched() {
        String in = "public class A {\n    void f() {\n        g(\n    }\n}\n";
        assertThat(AnnotationLayout.compact(in)).isEqualTo(in);
    }
}
