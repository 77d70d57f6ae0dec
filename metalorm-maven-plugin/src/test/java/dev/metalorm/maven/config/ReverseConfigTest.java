package dev.metalorm.maven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReverseConfigTest {

    private static ReverseConfig.Builder valid() {
        return ReverseConfig.builder()
                .url("jdbc:mysql://localhost:3306/shop")
                .packageName("com.acme.model")
                .outputDirectory(Path.of("src/main/java"));
    }

    @Test
    void validConfigurationIsNormalised() {
        ReverseConfig config = valid().includes(" users , orders_.* ,").excludes("").introspector("SQL").user(" ").build();
        assertThat(config.includes()).extracting(p -> p.pattern()).containsExactly("users", "orders_.*");
        assertThat(config.excludes()).isEmpty();
        assertThat(config.introspector()).isEqualTo("sql");
        assertThat(config.user()).isNull();
        assertThat(config.packageDirectory()).isEqualTo(Path.of("src/main/java/com/acme/model"));
        assertThat(config.introspectionRequest().accepts("orders_2024")).isTrue();
        assertThat(config.introspectionRequest().accepts("audit")).isFalse();
    }

    @Test
    void missingUrl() {
        assertThatThrownBy(() -> valid().url(null).build()).isInstanceOf(ConfigException.class)
                .hasMessage("metalorm.url is required: set it to the JDBC URL of the database,"
                        + " e.g. -Dmetalorm.url=jdbc:mysql://localhost:3306/shop.");
    }

    @Test
    void urlThatIsNotJdbcIsRefusedWithoutItsPassword() {
        assertThatThrownBy(() -> valid().url("mysql://h/db?password=secret").build())
                .hasMessage("metalorm.url must be a JDBC URL starting with \"jdbc:\", not \"mysql://h/db?password=****\","
                        + " e.g. jdbc:postgresql://localhost:5432/shop.");
    }

    @Test
    void missingPackageName() {
        assertThatThrownBy(() -> valid().packageName("  ").build())
                .hasMessage("metalorm.packageName is required: set it to the Java package of the generated entities,"
                        + " e.g. -Dmetalorm.packageName=com.acme.model.");
    }

    @Test
    void invalidPackageName() {
        assertThatThrownBy(() -> valid().packageName("com.acme.class").build())
                .hasMessage("metalorm.packageName \"com.acme.class\" is not a valid Java package name:"
                        + " use dot-separated identifiers that are not keywords, e.g. com.acme.model.");
        assertThatThrownBy(() -> valid().packageName("com..acme").build()).hasMessageStartingWith("metalorm.packageName \"com..acme\"");
    }

    @Test
    void badRegexNamesTheProperty() {
        assertThatThrownBy(() -> valid().includes("users,[abc").build())
                .hasMessage("metalorm.includes: \"[abc\" is not a valid regular expression (Unclosed character class near index 3);"
                        + " give comma-separated Java regexes such as users|orders,audit_.*.");
        assertThatThrownBy(() -> valid().excludes("*x").build()).hasMessageStartingWith("metalorm.excludes: \"*x\"");
    }

    @Test
    void tablePrefixesToStripLiteralOrRegex() {
        TablePrefixes prefixes = valid().stripTablePrefix(" ACT_RU_, act_hi_ ,^wp_[0-9]+_").build().overrides().tablePrefixes();
        assertThat(prefixes.entries()).containsExactly("ACT_RU_", "act_hi_", "^wp_[0-9]+_");
        assertThat(prefixes.strip("ACT_RU_EXECUTION")).isEqualTo("EXECUTION");
        assertThat(prefixes.strip("ACT_HI_TASKINST")).isEqualTo("TASKINST");
        assertThat(prefixes.strip("wp_12_posts")).isEqualTo("posts");
        assertThat(prefixes.strip("ACT_GE_BYTEARRAY")).isEqualTo("ACT_GE_BYTEARRAY");
        assertThat(prefixes.strip("ACT_RU_")).as("nothing would be left").isEqualTo("ACT_RU_");
        assertThat(valid().build().overrides().tablePrefixes()).isEqualTo(TablePrefixes.NONE);
        assertThatThrownBy(() -> valid().stripTablePrefix("^ACT_[A-Z").build()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("metalorm.stripTablePrefix: \"^ACT_[A-Z\" is not a valid regular expression (");
    }

    @Test
    void unknownIntrospector() {
        assertThatThrownBy(() -> valid().introspector("jooq").build())
                .hasMessage("metalorm.introspector must be auto, sql or schemacrawler, not \"jooq\".");
    }

    @Test
    void serverIdWithUserOrPasswordIsRefused() {
        assertThatThrownBy(() -> ReverseConfig.checkCredentials("shop-db", "app", null))
                .hasMessage("metalorm.serverId cannot be combined with metalorm.user or metalorm.password:"
                        + " keep the credentials in settings.xml under server \"shop-db\", or drop metalorm.serverId.");
        assertThatThrownBy(() -> ReverseConfig.checkCredentials("shop-db", null, "secret"))
                .isInstanceOf(ConfigException.class).message().doesNotContain("secret");
        ReverseConfig.checkCredentials("shop-db", null, null);
        ReverseConfig.checkCredentials(null, "app", "secret");
    }

    @Test
    void toStringHidesThePassword() {
        ReverseConfig config = valid().url("jdbc:postgresql://h/db?user=a&password=secret&ssl=true").password("secret").build();
        assertThat(config.toString()).doesNotContain("secret").contains("password=****&ssl=true");
    }

    @Test
    void remainingMessages() {
        assertThatThrownBy(() -> valid().outputDirectory(null).build())
                .hasMessage("metalorm.outputDirectory is required: set it to a source root such as src/main/java.");
        assertThatThrownBy(() -> valid().tables(List.of(new TableConfig())).build())
                .hasMessage("<tables>: every <table> needs a <name>, the table's name as the database spells it.");
        TableConfig t = new TableConfig();
        t.setName("users");
        t.setColumns(List.of(new ColumnConfig()));
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users: every <column> needs a <name>, the column's name as the database spells it.");
        ColumnConfig c = new ColumnConfig();
        c.setName("email");
        t.setColumns(List.of(c, c));
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users <column> email is configured twice: merge the two entries.");
        c.setField("e-mail");
        t.setColumns(List.of(c));
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users <column> email: <field> \"e-mail\" is not a valid Java field name.");
        RelationConfig r = new RelationConfig();
        r.setTable("messages");
        r.setForeignKey("sender_id, x");
        assertThatThrownBy(() -> valid().relations(List.of(r, r)).build())
                .hasMessage("<relation> messages.sender_id,x is configured twice in <relations>: merge the two entries.");
    }

    @Test
    void redactUrl() {
        assertThat(ReverseConfig.redactUrl("jdbc:mysql://app:secret@db:3306/shop")).isEqualTo("jdbc:mysql://app:****@db:3306/shop");
        assertThat(ReverseConfig.redactUrl("jdbc:h2:mem:x;USER=sa;PASSWORD=secret;MODE=MySQL")).isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=MySQL");
        assertThat(ReverseConfig.redactUrl("jdbc:postgresql://db/shop?user=a&password=secret")).isEqualTo("jdbc:postgresql://db/shop?user=a&password=****");
        assertThat(ReverseConfig.redactUrl("jdbc:postgresql://db:5432/shop")).isEqualTo("jdbc:postgresql://db:5432/shop");
    }

    @Test
    void overridesAreConverted() {
        TableConfig users = new TableConfig();
        users.setName("users");
        users.setClassName("Account");
        users.setJunction("DENY");
        ColumnConfig created = new ColumnConfig();
        created.setName("created");
        created.setField("createdAt");
        created.setJavaType("java.time.Instant");
        users.setColumns(List.of(created));
        RelationConfig sender = new RelationConfig();
        sender.setTable("messages");
        sender.setForeignKey("sender_id");
        sender.setName("sender");
        sender.setInverseName("sentMessages");

        Overrides overrides = valid().tables(List.of(users)).relations(List.of(sender)).build().overrides();

        assertThat(overrides.tables()).containsExactly(new TableOverride("users", "Account", JunctionChoice.DENY,
                List.of(new ColumnOverride("created", "createdAt", "java.time.Instant"))));
        assertThat(overrides.relations()).containsExactly(new RelationOverride("messages", "sender_id", "sender", "sentMessages", null));
    }

    @Test
    void overrideErrorsNameTheElement() {
        TableConfig t = new TableConfig();
        t.setName("users");
        t.setJunction("maybe");
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users: <junction> must be force, deny or infer, not \"maybe\".");

        t.setJunction(null);
        t.setClassName("class");
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users: <className> \"class\" is not a valid Java class name.");

        t.setClassName(null);
        ColumnConfig c = new ColumnConfig();
        c.setName("payload");
        c.setJavaType("string");
        t.setColumns(List.of(c));
        assertThatThrownBy(() -> valid().tables(List.of(t)).build())
                .hasMessage("<table> users <column> payload: <javaType> \"string\" is not a fully-qualified class name"
                        + " (e.g. java.time.Instant) or byte[].");

        t.setColumns(List.of());
        assertThatThrownBy(() -> valid().tables(List.of(t, t)).build())
                .hasMessage("<table> users is configured twice in <tables>: merge the two entries.");

        RelationConfig r = new RelationConfig();
        r.setTable("messages");
        assertThatThrownBy(() -> valid().relations(List.of(r)).build())
                .hasMessageStartingWith("<relations>: every <relation> needs a <table> and a <foreignKey>");
        r.setForeignKey("sender_id");
        r.setInverseName("sent-messages");
        assertThatThrownBy(() -> valid().relations(List.of(r)).build())
                .hasMessage("<relation> messages.sender_id: <inverseName> \"sent-messages\" is not a valid Java field name.");
    }

    @Test
    void relationInferenceOptions() {
        ReverseConfig defaults = valid().build();
        assertThat(defaults.suggestions()).isEqualTo(SuggestionOptions.OFF);
        ReverseConfig on = valid().inferRelations(" Naming ").verifyRelations("SAMPLE").minConfidence("0.8").build();
        assertThat(on.suggestions()).isEqualTo(new SuggestionOptions(InferRelations.NAMING, VerifyRelations.SAMPLE, 80));
        assertThat(valid().minConfidence("1").build().suggestions().minConfidence()).isEqualTo(100);
        assertThat(valid().minConfidence("0").build().suggestions().minConfidence()).isZero();
        assertThatThrownBy(() -> valid().inferRelations("guess").build()).isInstanceOf(ConfigException.class)
                .hasMessage("metalorm.inferRelations must be off or naming, not \"guess\": naming suggests relations from column names"
                        + " where the schema declares no foreign key.");
        assertThatThrownBy(() -> valid().verifyRelations("all").build()).isInstanceOf(ConfigException.class)
                .hasMessage("metalorm.verifyRelations must be off or sample, not \"all\": sample checks each suggested relation with"
                        + " one bounded query.");
        for (String bad : List.of("70", "1.5", "-0.1", "0.755", "high")) {
            assertThatThrownBy(() -> valid().minConfidence(bad).build()).isInstanceOf(ConfigException.class)
                    .hasMessage("metalorm.minConfidence must be a number from 0 to 1 with at most two decimals, e.g. 0.70, not \""
                            + bad + "\".");
        }
    }

    @Test
    void relationsThatAddOrDecideOnSuggestions() {
        RelationConfig add = new RelationConfig();
        add.setTable("wp_posts");
        add.setForeignKey("post_author");
        add.setReferences(" wp_users ( ID ) ");
        RelationConfig veto = new RelationConfig();
        veto.setTable("wp_links");
        veto.setForeignKey("link_owner");
        veto.setInferred("Reject");
        ReverseConfig config = valid().relations(List.of(add, veto)).build();
        assertThat(config.overrides().relations()).containsExactly(
                new RelationOverride("wp_posts", "post_author", null, null, null, "wp_users", List.of("ID"), null),
                new RelationOverride("wp_links", "link_owner", null, null, null, null, List.of(), InferredChoice.REJECT));

        RelationConfig both = new RelationConfig();
        both.setTable("t");
        both.setForeignKey("a_id");
        both.setReferences("a");
        both.setInferred("accept");
        assertThatThrownBy(() -> valid().relations(List.of(both)).build()).isInstanceOf(ConfigException.class)
                .hasMessage("<relation> t.a_id sets both <references> and <inferred>: <references> already declares the relation,"
                        + " so remove <inferred>.");
        RelationConfig badChoice = new RelationConfig();
        badChoice.setTable("t");
        badChoice.setForeignKey("a_id");
        badChoice.setInferred("maybe");
        assertThatThrownBy(() -> valid().relations(List.of(badChoice)).build()).isInstanceOf(ConfigException.class)
                .hasMessage("<relation> t.a_id: <inferred> must be accept or reject, not \"maybe\".");
        RelationConfig badTarget = new RelationConfig();
        badTarget.setTable("t");
        badTarget.setForeignKey("a_id");
        badTarget.setReferences("a(id");
        assertThatThrownBy(() -> valid().relations(List.of(badTarget)).build()).isInstanceOf(ConfigException.class)
                .hasMessage("<relation> t.a_id: <references> \"a(id\" must name a table, e.g. users, or a table and its columns,"
                        + " e.g. users(id).");
    }

    @Test
    void schemaQualificationAndVersionColumns() {
        ReverseConfig defaults = valid().build();
        assertThat(defaults.qualifySchema()).isEqualTo(QualifySchema.AUTO);
        assertThat(defaults.qualifyingSchema("other", false)).isEqualTo("other");
        assertThat(defaults.qualifyingSchema("public", true)).isNull();
        assertThat(valid().qualifySchema("ALWAYS").build().qualifyingSchema("public", true)).isEqualTo("public");
        assertThat(valid().qualifySchema("never").build().qualifyingSchema("other", false)).isNull();
        assertThatThrownBy(() -> valid().qualifySchema("sometimes").build()).isInstanceOf(ConfigException.class)
                .hasMessage("metalorm.qualifySchema must be auto, always or never, not \"sometimes\": auto names the schema"
                        + " in @Entity when it is not the connection's current one.");

        assertThat(defaults.versionColumns().matcher("lock_version").matches()).isTrue();
        assertThat(defaults.versionColumns().matcher("VERSION").matches()).isTrue();
        assertThat(defaults.versionColumns().matcher("version_note").matches()).isFalse();
        assertThat(valid().versionColumns("rev|row_version").build().versionColumns().matcher("rev").matches()).isTrue();
        assertThat(valid().versionColumns("none").build().versionColumns().matcher("version").matches()).isFalse();
        assertThatThrownBy(() -> valid().versionColumns("version(").build()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("metalorm.versionColumns: \"version(\" is not a valid regular expression (");

        assertThat(defaults.refreshedOnUpdateColumns().matcher("last_update").matches()).isFalse();
        assertThat(valid().refreshedOnUpdateColumns("last_update|updated_at").build().refreshedOnUpdateColumns()
                .matcher("LAST_UPDATE").matches()).isTrue();
        assertThatThrownBy(() -> valid().refreshedOnUpdateColumns("last_update(").build()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("metalorm.refreshedOnUpdateColumns: \"last_update(\" is not a valid regular expression (");
    }
}
