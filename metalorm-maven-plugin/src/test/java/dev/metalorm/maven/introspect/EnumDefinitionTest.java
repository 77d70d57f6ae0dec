package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumDefinitionTest {

    @Test
    void labelsInOrderWithQuotesBackslashesAndSeparatorsInside() {
        assertThat(EnumDefinition.labels("enum('a','b''c','d\\\\e','','x,y','in progress','f\"g','(p)')"))
                .containsExactly("a", "b'c", "d\\e", "", "x,y", "in progress", "f\"g", "(p)");
    }

    @Test
    void upperCaseKeywordAndMySqlEscapes() {
        assertThat(EnumDefinition.labels("ENUM('it\\'s','tab\\there','nl\\n')")).containsExactly("it's", "tab\there", "nl\n");
        assertThat(EnumDefinition.labels("enum('')")).containsExactly("");
        assertThat(EnumDefinition.labels("enum('naïve','名前')")).isEqualTo(List.of("naïve", "名前"));
    }

    @Test
    void anythingElseIsNotAnEnumDefinition() {
        assertThat(EnumDefinition.labels("set('a','b')")).isNull();
        assertThat(EnumDefinition.labels("enum('a'")).isNull();
        assertThat(EnumDefinition.labels("enum('a' 'b')")).isNull();
        assertThat(EnumDefinition.labels("enum(a)")).isNull();
    }
}
