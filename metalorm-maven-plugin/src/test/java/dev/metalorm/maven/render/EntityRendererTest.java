package dev.metalorm.maven.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.fixture.Golden;
import dev.metalorm.maven.infer.Reason;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationKind;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.naming.PropertyModel;
import dev.metalorm.maven.naming.RelationProperty;
import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.Generation;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRendererTest {
    private final EntityRenderer renderer = new EntityRenderer("TEST");

    @Test
    void shopModelMatchesGoldenFiles() {
        RenderResult result = renderer.render(ShopFixture.named());

        assertThat(result.files()).extracting(RenderedFile::relativePath).containsExactly(
                "com/acme/model/Post.java", "com/acme/model/Profile.java", "com/acme/model/Role.java",
                "com/acme/model/User.java", "com/acme/model/UserRole.java");
        for (RenderedFile file : result.files()) {
            String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
            Golden.assertMatches("render/" + name + ".golden", file.content());
        }
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void renderingIsDeterministicAndHeaderIsIntact() {
        RenderResult first = renderer.render(ShopFixture.named());
        RenderResult second = new EntityRenderer("TEST").render(ShopFixture.named());
        assertThat(second).isEqualTo(first);
        for (RenderedFile file : first.files()) {
            assertThat(GeneratedHeader.inspect(file.content())).isEqualTo(GeneratedHeader.Status.INTACT);
            assertThat(file.content()).doesNotContain("\r").endsWith("}\n");
        }
    }

    @Test
    void shopModelCompilesAgainstTheRuntime(@TempDir Path classes) {
        assertThat(InMemoryCompiler.compile(renderer.render(ShopFixture.named()).files(), classes)).isEmpty();
    }

    @Test
    void oddIdentifiersAndCompositeKeysCompile(@TempDir Path classes) {
        RenderResult result = renderer.render(oddModel());
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();
        for (RenderedFile file : result.files()) {
            String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
            Golden.assertMatches("render/odd/" + name + ".golden", file.content());
        }

        String entity = content(result, "Entity.java");
        assertThat(entity).contains("@dev.metalorm.annotation.Entity(\"entity\")")
                .contains("    @BelongsTo(target = Column.class, foreignKey = {\"col_a\", \"col_b\"}, targetKey = {\"a\", \"b\"})\n")
                .contains("private Object clazz")
                .contains("@dev.metalorm.annotation.Column(name = \"class\")");
        assertThat(entity).contains("Odd &lt;comment&gt; *&#47; &#64;author &#92;u000a");
        assertThat(result.diagnostics()).containsExactly(Diagnostic.warning("column entity.span",
                "type geometry (JDBC type 1111) has no Java mapping; mapped to String."
                        + " Choose another with <javaType> for column span of <table> entity in the plugin configuration."));
    }

    private static String content(RenderResult result, String fileName) {
        return result.files().stream().filter(f -> f.relativePath().endsWith("/" + fileName)).findFirst().orElseThrow().content();
    }

    /**
     * Entities named like runtime types (Entity, Column), a keyword column renamed by naming, an
     * override type, a composite foreign key to a non-primary unique key, a self reference, a
     * comment that tries to end the javadoc and a name with a unicode-escape look-alike.
     */
    static NamedModel oddModel() {
        TableSnapshot column = new TableSnapshot("column", TableKind.TABLE, "",
                List.of(c("a", 1, Types.INTEGER, "int", ""), c("b", 2, Types.INTEGER, "int", ""), c("id", 3, Types.BIGINT, "bigint", "")),
                new PrimaryKeySnapshot("pk", List.of("id")), List.of(), List.of());
        ForeignKeySnapshot composite = new ForeignKeySnapshot("fk_entity_column", List.of("col_a", "col_b"), "column", List.of("a", "b"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        ForeignKeySnapshot self = new ForeignKeySnapshot("fk_entity_parent", List.of("parent_id"), "entity", List.of("id"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        TableSnapshot entity = new TableSnapshot("entity", TableKind.TABLE, "Odd <comment> */ @author \\u000a",
                List.of(c("id", 1, Types.BIGINT, "bigint", ""), c("class", 2, Types.VARCHAR, "varchar", "a \\u0022 quote"),
                        c("col_a", 3, Types.INTEGER, "int", ""), c("col_b", 4, Types.INTEGER, "int", ""),
                        c("parent_id", 5, Types.BIGINT, "bigint", ""), c("span", 6, Types.OTHER, "geometry", ""),
                        c("payload", 7, Types.VARCHAR, "jsonb", "")),
                new PrimaryKeySnapshot("pk", List.of("id")), List.of(composite, self), List.of());
        Reason reason = new Reason("belongs-to", "test");
        Relation toColumn = new Relation(RelationKind.BELONGS_TO, "entity", "column", "fk_entity_column", null,
                List.of("col_a", "col_b"), List.of(), List.of("a", "b"), null, List.of(), List.of(), reason);
        Relation parent = new Relation(RelationKind.BELONGS_TO, "entity", "entity", "fk_entity_parent", null,
                List.of("parent_id"), List.of(), List.of("id"), null, List.of(), List.of(), reason);
        Relation children = new Relation(RelationKind.HAS_MANY, "entity", "entity", "fk_entity_parent", null,
                List.of("parent_id"), List.of("id"), List.of(), null, List.of(), List.of(), reason);
        Relation entities = new Relation(RelationKind.HAS_MANY, "column", "entity", "fk_entity_column", null,
                List.of("col_a", "col_b"), List.of("a", "b"), List.of(), null, List.of(), List.of(), reason);
        TableClassification plain = new TableClassification("x", false, reason);
        EntityModel columnEntity = new EntityModel(column, plain, "Column",
                List.of(p(column, "a", "a", false, null), p(column, "b", "b", false, null), p(column, "id", "id", true, null)),
                List.of(new RelationProperty(entities, "entities", "getEntities", "Entity", null)));
        EntityModel entityEntity = new EntityModel(entity, plain, "Entity",
                List.of(p(entity, "id", "id", true, null), p(entity, "class", "clazz", false, "java.lang.Object"),
                        p(entity, "col_a", "colA", false, null), p(entity, "col_b", "colB", false, null),
                        p(entity, "parent_id", "parentId", false, null), p(entity, "span", "span", false, null),
                        p(entity, "payload", "payload", false, null)),
                List.of(new RelationProperty(children, "children", "getChildren", "Entity", null),
                        new RelationProperty(toColumn, "column", "getColumn", "Column", null),
                        new RelationProperty(parent, "parent", "getParent", "Entity", null)));
        return new NamedModel("org.example.odd", List.of(columnEntity, entityEntity), List.of());
    }

    private static ColumnSnapshot c(String name, int ordinal, int jdbcType, String nativeType, String comment) {
        return new ColumnSnapshot(name, ordinal, jdbcType, nativeType, 0, 0, true, null, false, comment);
    }

    private static PropertyModel p(TableSnapshot table, String column, String field, boolean id, String override) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return new PropertyModel(table.column(column).orElseThrow(), field, "get" + suffix, "set" + suffix, id, false, override);
    }

    @Test
    void notNullColumnsAndJsonColumnsTellTheRuntime() {
        ColumnSnapshot id = ShopFixture.col("id", 1, Types.INTEGER, "int4", 10, false, true, "");
        ColumnSnapshot doc = ShopFixture.col("doc", 2, Types.OTHER, "jsonb", 0, true, false, "");
        ColumnSnapshot kind = ShopFixture.col("kind", 3, Types.VARCHAR, "varchar", 20, false, false, "");
        TableSnapshot table = new TableSnapshot("events", TableKind.TABLE, "", List.of(id, doc, kind),
                new PrimaryKeySnapshot("pk_events", List.of("id")), List.of(), List.of());
        EntityModel entity = new EntityModel(table, new TableClassification("events", false, new Reason("entity", "no FKs")), "Event",
                List.of(new PropertyModel(id, "id", "getId", "setId", true, true, null),
                        new PropertyModel(doc, "doc", "getDoc", "setDoc", false, false, null),
                        new PropertyModel(kind, "kind", "getKind", "setKind", false, false, null)),
                List.of());
        String source = new EntityRenderer("TEST").render(new NamedModel("com.acme.model", List.of(entity), List.of()))
                .files().get(0).content();
        assertThat(source).contains("@Column(name = \"id\")\n")
                .contains("@Column(name = \"doc\", json = true)\n")
                .contains("@Column(name = \"kind\", nullable = false)\n");
    }

    /**
     * Issue 11 item 5 / issue 16 item 3: columns whose binding depends on the database's type carry
     * it as {@code @Column(sqlType)} (PostgreSQL enum and network types, money, arrays as Java
     * arrays, bit strings by width), and the entity compiles against the runtime.
     */
    @Test
    void nativeColumnsRenderTheirSqlTypeAndCompile(@TempDir Path classes) {
        List<ColumnSnapshot> columns = List.of(
                ShopFixture.col("id", 1, Types.BIGINT, "bigint unsigned", 20, false, true, ""),
                ShopFixture.col("mood", 2, Types.VARCHAR, "mood", 0, true, false, ""),
                ShopFixture.col("addr", 3, Types.OTHER, "inet", 0, true, false, ""),
                ShopFixture.col("span", 4, Types.OTHER, "interval", 0, true, false, ""),
                ShopFixture.col("price", 5, Types.DOUBLE, "money", 0, true, false, ""),
                ShopFixture.col("ints", 6, Types.ARRAY, "_int4", 0, true, false, ""),
                ShopFixture.col("names", 7, Types.ARRAY, "_text", 0, true, false, ""),
                ShopFixture.col("flag", 8, Types.BIT, "bit", 0, true, false, ""),
                ShopFixture.col("bits", 9, Types.BIT, "bit", 8, true, false, ""),
                ShopFixture.col("vbits", 10, Types.BIT, "varbit", 64, true, false, ""),
                ShopFixture.col("label", 11, Types.VARCHAR, "varchar", 20, true, false, ""));
        TableSnapshot table = new TableSnapshot("natives", TableKind.TABLE, "", columns,
                new PrimaryKeySnapshot("pk_natives", List.of("id")), List.of(), List.of());
        List<PropertyModel> properties = new java.util.ArrayList<>();
        for (ColumnSnapshot c : columns) {
            String suffix = Character.toUpperCase(c.name().charAt(0)) + c.name().substring(1);
            boolean id = c.name().equals("id");
            properties.add(new PropertyModel(c, c.name(), "get" + suffix, "set" + suffix, id, id, null));
        }
        EntityModel entity = new EntityModel(table, new TableClassification("natives", false, new Reason("entity", "no FKs")),
                "Native", properties, List.of());
        RenderResult result = new EntityRenderer("TEST").render(new NamedModel("com.acme.model", List.of(entity), List.of()));
        assertThat(result.diagnostics()).isEmpty();
        String source = result.files().get(0).content();
        assertThat(source).contains("@Id(generated = true)\n    @Column(name = \"id\")\n    private BigInteger id;")
                .contains("@Column(name = \"mood\", sqlType = \"mood\")\n    private String mood;")
                .contains("@Column(name = \"addr\", sqlType = \"inet\")\n    private String addr;")
                .contains("@Column(name = \"span\", sqlType = \"interval\")\n    private String span;")
                .contains("@Column(name = \"price\", sqlType = \"money\")\n    private String price;")
                .contains("@Column(name = \"ints\", sqlType = \"_int4\")\n    private Integer[] ints;")
                .contains("@Column(name = \"names\", sqlType = \"_text\")\n    private String[] names;")
                .contains("@Column(name = \"flag\", sqlType = \"bit(1)\")\n    private Boolean flag;")
                .contains("@Column(name = \"bits\", sqlType = \"bit(8)\")\n    private byte[] bits;")
                .contains("@Column(name = \"vbits\", sqlType = \"varbit(64)\")\n    private byte[] vbits;")
                .contains("@Column(name = \"label\")\n    private String label;");
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();
    }

    /**
     * What the database fills in or computes is said to the runtime (issue 11 item 1, issue 16 items 1 and 5),
     * {@code @Version} goes on the column metalorm.versionColumns names (issue 12), and a schema to qualify
     * with reaches {@code @Entity}; the result compiles against the runtime.
     */
    @Test
    void defaultsComputedColumnsVersionAndSchemaTellTheRuntime(@TempDir Path classes) {
        List<ColumnSnapshot> columns = List.of(
                new ColumnSnapshot("id", 1, Types.INTEGER, "int4", 0, 0, false, null, true, "", Generation.IDENTITY_ALWAYS),
                new ColumnSnapshot("amount", 2, Types.INTEGER, "int4", 0, 0, false, "0", false, ""),
                new ColumnSnapshot("created", 3, Types.TIMESTAMP, "timestamptz", 0, 0, false, "now()", false, ""),
                new ColumnSnapshot("status", 4, Types.VARCHAR, "varchar", 10, 0, false, "'new'", false, ""),
                new ColumnSnapshot("twice", 5, Types.INTEGER, "int4", 0, 0, true, null, false, "", Generation.COMPUTED),
                new ColumnSnapshot("seq_no", 6, Types.BIGINT, "int8", 0, 0, false, null, true, "", Generation.IDENTITY_ALWAYS),
                new ColumnSnapshot("counter", 7, Types.INTEGER, "int4", 0, 0, false, null, true, ""),
                new ColumnSnapshot("Version", 8, Types.INTEGER, "int4", 0, 0, false, "0", false, ""),
                new ColumnSnapshot("lock_version", 9, Types.VARCHAR, "varchar", 10, 0, true, null, false, ""),
                new ColumnSnapshot("note", 10, Types.VARCHAR, "text", 0, 0, true, null, false, ""),
                new ColumnSnapshot("touched", 11, Types.TIMESTAMP, "timestamp", 0, 0, false, "current_timestamp()", false, "",
                        Generation.NONE, null, true));
        TableSnapshot table = new TableSnapshot("orders", TableKind.TABLE, "", columns,
                new PrimaryKeySnapshot("pk_orders", List.of("id")), List.of(), List.of());
        List<PropertyModel> properties = new java.util.ArrayList<>();
        for (ColumnSnapshot c : columns) {
            String field = c.name().equals("seq_no") ? "seqNo" : c.name().equals("lock_version") ? "lockVersion"
                    : c.name().toLowerCase(java.util.Locale.ROOT);
            String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            boolean id = c.name().equals("id");
            properties.add(new PropertyModel(c, field, "get" + suffix, "set" + suffix, id, id, null));
        }
        EntityModel entity = new EntityModel(table, new TableClassification("orders", false, new Reason("entity", "no FKs")),
                "Order", properties, List.of());
        NamedModel model = new NamedModel("com.acme.model", List.of(entity), List.of());

        RenderResult result = new EntityRenderer("TEST", new RenderOptions("sales", RenderOptions.versionPattern("version|lock_version")))
                .render(model);
        String source = result.files().get(0).content();
        assertThat(source).contains("@Entity(value = \"orders\", schema = \"sales\")\n")
                .contains("    @Id(generated = true)\n    @Column(name = \"id\")\n")
                .contains("@Column(name = \"amount\", nullable = false, hasDefault = true)\n")
                .contains("@Column(name = \"created\", nullable = false, hasDefault = true)\n")
                .contains("@Column(name = \"status\", nullable = false, hasDefault = true)\n")
                .contains("@Column(name = \"twice\", readOnly = true)\n")
                .contains("@Column(name = \"seq_no\", nullable = false, readOnly = true)\n")
                .contains("@Column(name = \"counter\", nullable = false, hasDefault = true)\n")
                .contains("    @Column(name = \"Version\", nullable = false, hasDefault = true)\n    @Version\n")
                .contains("    @Column(name = \"lock_version\")\n    private String lockVersion;")
                .contains("    @Column(name = \"note\")\n    private String note;")
                .contains("@Column(name = \"touched\", nullable = false, hasDefault = true, refreshedOnUpdate = true)\n");
        assertThat(result.diagnostics()).containsExactly(Diagnostic.warning("column orders.lock_version",
                "matches metalorm.versionColumns but is a java.lang.String, not an integer or a timestamp, so it gets no @Version."
                        + " Change metalorm.versionColumns to leave it out."));
        assertThat(InMemoryCompiler.compile(result.files(), classes)).isEmpty();

        // unqualified by default, and no @Version when no column matches
        String plain = new EntityRenderer("TEST", new RenderOptions(null, RenderOptions.versionPattern("row_version")))
                .render(model).files().get(0).content();
        assertThat(plain).contains("@Entity(\"orders\")\n").doesNotContain("@Version");

        // a column a trigger sets, named in the pom (metalorm.refreshedOnUpdateColumns)
        String triggered = new EntityRenderer("TEST", new RenderOptions(null, RenderOptions.versionPattern("none"),
                RenderOptions.versionPattern("NOTE|twice"))).render(model).files().get(0).content();
        assertThat(triggered).contains("    @Column(name = \"note\", refreshedOnUpdate = true)\n    private String note;")
                .contains("@Column(name = \"twice\", readOnly = true)\n"); // computed: read back anyway
    }

    /** With the generation gap the user class, created once, carries the qualified {@code @Entity}. */
    @Test
    void generationGapUserClassNamesTheSchema() {
        EntityModel gap = ShopFixture.named().entities().stream().filter(e -> e.className().equals("Role")).findFirst()
                .map(e -> new EntityModel(e.table(), e.classification(), e.className(), "RoleBase", e.properties(), List.of()))
                .orElseThrow();
        RenderResult result = new EntityRenderer("TEST", new RenderOptions("other", RenderOptions.versionPattern("version")))
                .render(new NamedModel("com.acme.model", List.of(gap), List.of()));
        assertThat(content(result, "Role.java")).contains("@Entity(value = \"roles\", schema = \"other\")\npublic class Role extends RoleBase");
        assertThat(content(result, "RoleBase.java")).doesNotContain("@Entity");
    }
}
