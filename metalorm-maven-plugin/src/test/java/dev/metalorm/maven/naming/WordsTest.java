package dev.metalorm.maven.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "users_roles | users roles",
            "USER_ROLES | user roles",
            "USERS | users",
            "userId | user id",
            "OrderLines | order lines",
            "XMLHttpRequest | xml http request",
            "order date | order date",
            "order-date | order date",
            "2fa_code | 2fa code",
            "address2 | address2",
            "utf8Name | utf8 name",
            "Größe | grosse",
            "café_menu | cafe menu",
            "__id__ | id",
            "名前 | u540d u524d"})
    void split(String name, String words) {
        assertThat(Words.split(name)).isEqualTo(Arrays.asList(words.split(" ")));
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource({"___", "'   '", "''"})
    void nothingToSplit(String name) {
        assertThat(Words.split(name)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void joins() {
        assertThat(Words.camel(List.of("order", "date"))).isEqualTo("orderDate");
        assertThat(Words.pascal(List.of("user", "role"))).isEqualTo("UserRole");
        assertThat(Words.camel(List.of("2fa", "code"))).isEqualTo("2faCode");
    }
}
