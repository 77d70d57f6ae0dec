package dev.metalorm.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.render.ShopFixture;
import dev.metalorm.maven.write.WriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReverseReportTest {
    private static ReverseReport report() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.info("table users_roles", "treated as a junction"),
                Diagnostic.warning("column posts.body", "type \"weird\"\ttab\\ has no mapping"));
        WriteResult files = new WriteResult(List.of("com/acme/model/Role.java"), List.of("com/acme/model/User.java"),
                List.of("com/acme/model/Post.java", "com/acme/model/Profile.java", "com/acme/model/UserRole.java"),
                List.of("com/acme/model/Comment.java"), List.of());
        return new ReverseReport("TEST", ShopFixture.snapshot(), ShopFixture.inference(), ShopFixture.named(), diagnostics, files);
    }

    @Test
    void jsonMatchesGoldenFile() {
        Golden.assertMatches("report/reverse-report.json", report().toJson());
    }

    @Test
    void explainMatchesGoldenFile() {
        Golden.assertMatches("report/explain.txt", report().explain());
    }

    @Test
    void jsonIsDeterministic() {
        assertThat(report().toJson()).isEqualTo(report().toJson()).doesNotContain("\r");
    }

    @Test
    void jsonEscapes() {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("s", "a\"b\\c\n\u0001\u2028é");
        m.put("n", null);
        m.put("l", List.of());
        assertThat(Json.write(m)).isEqualTo("{\n  \"s\": \"a\\\"b\\\\c\\n\\u0001\\u2028é\",\n  \"n\": null,\n  \"l\": []\n}\n");
    }
}
