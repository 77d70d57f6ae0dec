package dev.metalorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void replacesOrAddsTheDatabaseAndKeepsParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:mysql://127.0.0.1:3306/", "t1")).isEqualTo("jdbc:mysql://127.0.0.1:3306/t1");
        assertThat(JdbcUrls.withDatabase("jdbc:mysql://h:3306", "t1")).isEqualTo("jdbc:mysql://h:3306/t1");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://h:5432/postgres?ssl=false", "t1"))
                .isEqualTo("jdbc:postgresql://h:5432/t1?ssl=false");
    }
}
