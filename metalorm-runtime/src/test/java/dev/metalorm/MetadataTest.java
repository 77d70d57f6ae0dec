package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.belongsToMany;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.annotation.Transient;
import dev.metalorm.example.Blog;
import dev.metalorm.example.Post;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.example.UserRole;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.ForeignKeyDependency;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.testing.DriverManagerDataSource;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MetadataTest {
    static final DataSource H2 = new DriverManagerDataSource("jdbc:h2:mem:", "sa", "");

    static MetalOrm.Builder orm() {
        return MetalOrm.builder(H2).checkSchema(false); // a model without its tables
    }

    @Entity("bad_fk")
    static class UnknownForeignKey {
        @Id(generated = true) Integer id;
        @HasMany(target = Post.class, foreignKey = "usr_id") HasManyCollection<Post> posts;
    }

    @Entity("bad_pivot")
    static class MissingPivotKey {
        @Id(generated = true) Integer id;
        @BelongsToMany(target = Role.class, pivotTable = UserRole.class, pivotForeignKeyToRoot = "uid",
                pivotForeignKeyToTarget = "role_id") ManyToManyCollection<Role> roles;
    }

    @Entity("bad_target")
    static class TargetNotAnEntity {
        @Id(generated = true) Integer id;
        @HasMany(target = String.class, foreignKey = "x") HasManyCollection<String> names;
    }

    @Entity("bad_type")
    static class UnmappableType {
        @Id(generated = true) Integer id;
        @Column(name = "tags") List<String> tags;
    }

    static class NotAnnotated {
        Integer id;
    }

    @Entity("notes")
    static class WithTransientFields {
        @Id(generated = true) Integer id;
        @Column(name = "body") String body;
        @Transient List<String> drafts;
        transient StringBuilder scratch;
    }

    @Entity("bad_generic")
    static class TargetFromGenericType {
        @Id Integer id;
        @Column(name = "user_id") Integer userId;
        @BelongsTo(foreignKey = "user_id") BelongsToReference<User> user;
    }

    @Entity("bad_wrapper")
    static class WrongWrapper {
        @Id Integer id;
        @HasMany(target = Post.class, foreignKey = "user_id") BelongsToReference<Post> posts;
    }

    @Entity("log_lines")
    static class ReadOnlyLog {
        @Column(name = "line") String line;
    }

    @Test
    void anUnknownColumnInAKeyNamesClassFieldAndColumns() {
        assertThatThrownBy(() -> orm().entities(UnknownForeignKey.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("dev.metalorm.MetadataTest$UnknownForeignKey.posts (@HasMany): foreignKey column \"usr_id\" is not a "
                        + "column of posts (dev.metalorm.example.Post); its columns are [id, title, content, user_id].");
    }

    @Test
    void anUnknownColumnInADefineTableKeyNamesTableAndRelation() {
        TableDefinition posts = defineTable("posts", serial("id").primaryKey(), integer("user_id"));
        TableDefinition users = defineTable("users", serial("id").primaryKey(), hasMany("posts", () -> posts, "usr_id"));
        assertThatThrownBy(() -> orm().tables(users).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("table users, relation posts (hasMany): foreignKey column \"usr_id\" is not a column of posts "
                        + "(defineTable(\"posts\")); its columns are [id, user_id].");
        TableDefinition authors = defineTable("authors", serial("id").primaryKey(),
                belongsTo("boss", () -> posts, "boss_id"));
        ColumnModel boss = orm().tables(authors).build().model().table("authors").column("boss_id");
        assertThat(boss.shadow()).as("a belongsTo's own key needs no column of its own: the session keeps it").isTrue();
        assertThat(boss.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(boss.nullable()).isTrue();
    }

    @Test
    void aPivotKeyMissingOnThePivotTableIsNamed() {
        assertThatThrownBy(() -> orm().entities(MissingPivotKey.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("dev.metalorm.MetadataTest$MissingPivotKey.roles (@BelongsToMany): pivotForeignKeyToRoot column \"uid\" "
                        + "is missing on pivot table users_roles (dev.metalorm.example.UserRole); its columns are "
                        + "[user_id, role_id, assigned_at].");
        TableDefinition pivot = defineTable("tags_posts", integer("tag_id").primaryKey(), integer("post_id").primaryKey());
        TableDefinition posts = defineTable("posts", serial("id").primaryKey());
        TableDefinition tags = defineTable("tags", serial("id").primaryKey(),
                belongsToMany("posts", () -> posts, () -> pivot, "tag_id", "postid"));
        assertThatThrownBy(() -> orm().tables(tags).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("table tags, relation posts (belongsToMany): pivotForeignKeyToTarget column \"postid\" is missing on "
                        + "pivot table tags_posts (defineTable(\"tags_posts\")); its columns are [tag_id, post_id].");
    }

    @Test
    void aTargetThatIsNotAnEntityIsNamed() {
        assertThatThrownBy(() -> orm().entities(TargetNotAnEntity.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("dev.metalorm.MetadataTest$TargetNotAnEntity.names (@HasMany): target java.lang.String is not an "
                        + "entity (no @Entity). Point target at an @Entity class.");
        assertThatThrownBy(() -> orm().entities(NotAnnotated.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("dev.metalorm.MetadataTest$NotAnnotated is not an entity: it has no @Entity annotation. "
                        + "Annotate it with @Entity(\"table_name\").");
    }

    @Test
    void aTypeThatCannotBeMappedIsNamed() {
        assertThatThrownBy(() -> orm().entities(UnmappableType.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessageStartingWith("dev.metalorm.MetadataTest$UnmappableType.tags: type java.util.List<java.lang.String> "
                        + "cannot be mapped to a column. Use one of: Short, Integer, Long");
        assertThatThrownBy(() -> orm().entities(WrongWrapper.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage("dev.metalorm.MetadataTest$WrongWrapper.posts (@HasMany): the field must be typed "
                        + "HasManyCollection<Target>, not dev.metalorm.relation.BelongsToReference<dev.metalorm.example.Post>.");
    }

    @Test
    void transientFieldsAreNotMapped() {
        TableModel notes = orm().entities(WithTransientFields.class).build().model().table("notes");
        assertThat(notes.columns()).extracting(ColumnModel::name).containsExactly("id", "body");
    }

    @Test
    void aTableDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> orm().entities(User.class).tables(Blog.USERS).build())
                .isInstanceOf(MetadataException.class)
                .hasMessageContaining("is declared twice: by ");
    }

    @Test
    void theTargetMayComeFromTheFieldsGenericTypeAndTargetsAreAddedAutomatically() {
        Model model = orm().entities(TargetFromGenericType.class).build().model();
        RelationModel.BelongsTo user = (RelationModel.BelongsTo) model.table("bad_generic").relation("user");
        assertThat(user.target()).isEqualTo("users");
        assertThat(user.targetKey()).containsExactly("id");
        assertThat(model.tables()).extracting(TableModel::name)
                .containsExactly("bad_generic", "posts", "profiles", "roles", "users", "users_roles");
    }

    @Test
    void bothStylesBuildTheSameModel() {
        Model annotations = orm().entities(User.class).build().model();
        Model schema = orm().tables(Blog.USERS).build().model();
        Function<Model, List<String>> describe = m -> m.tables().stream().flatMap(t -> java.util.stream.Stream.concat(
                t.columns().stream().map(c -> t.name() + "." + c.name() + " " + c.type() + (c.nullable() ? "" : " not null")
                        + (c.generated() ? " generated" : "") + (t.primaryKey().contains(c) ? " pk" : "")),
                t.relations().stream().map(r -> t.name() + " " + r.getClass().getSimpleName() + " -> " + r.target()
                        + keys(r)))).toList();
        assertThat(describe.apply(annotations)).isEqualTo(describe.apply(schema));
        assertThat(describe.apply(annotations)).contains(
                "users.id INTEGER not null generated pk",
                "users HasMany -> posts [user_id] [id]",
                "users BelongsToMany -> roles via users_roles [user_id] [role_id] [id] [id]",
                "users_roles.user_id INTEGER not null pk",
                "posts BelongsTo -> users [user_id] [id]");
        assertThat(annotations.flushOrder()).extracting(TableModel::name)
                .containsExactly("roles", "users", "posts", "profiles", "users_roles");
        assertThat(schema.flushOrder()).extracting(TableModel::name)
                .containsExactly("roles", "users", "posts", "profiles", "users_roles");
    }

    private static String keys(RelationModel r) {
        if (r instanceof RelationModel.HasMany h) {
            return " " + h.foreignKey() + " " + h.localKey();
        } else if (r instanceof RelationModel.HasOne h) {
            return " " + h.foreignKey() + " " + h.localKey();
        } else if (r instanceof RelationModel.BelongsTo b) {
            return " " + b.foreignKey() + " " + b.targetKey();
        } else if (r instanceof RelationModel.BelongsToMany m) {
            return " via " + m.pivot() + " " + m.pivotForeignKeyToRoot() + " " + m.pivotForeignKeyToTarget() + " "
                    + m.localKey() + " " + m.targetKey();
        }
        throw new IllegalStateException();
    }

    @Test
    void anEntityWithoutIdIsReadOnly() {
        Model model = orm().entities(ReadOnlyLog.class).build().model();
        assertThat(model.table("log_lines").hasPrimaryKey()).isFalse();
    }

    @Test
    void aCycleIsBrokenThroughANullableForeignKey() {
        TableDefinition employees = defineTable("employees", integer("id").primaryKey(),
                integer("department_id").notNull(), integer("manager_id"),
                belongsTo("department", () -> MetadataTest.departments(), "department_id"),
                belongsTo("manager", () -> MetadataTest.EMPLOYEES_REF[0], "manager_id"));
        EMPLOYEES_REF[0] = employees;
        Model model = orm().tables(employees).build().model();
        assertThat(model.flushOrder()).extracting(TableModel::name).containsExactly("departments", "employees");
        assertThat(model.dependencies()).containsExactly(
                new ForeignKeyDependency("departments", List.of("head_id"), "employees", List.of("id"), true),
                new ForeignKeyDependency("employees", List.of("department_id"), "departments", List.of("id"), false),
                new ForeignKeyDependency("employees", List.of("manager_id"), "employees", List.of("id"), false));
    }

    static final TableDefinition[] EMPLOYEES_REF = new TableDefinition[1];

    static TableDefinition departments() {
        return defineTable("departments", integer("id").primaryKey(), integer("head_id"),
                belongsTo("head", () -> EMPLOYEES_REF[0], "head_id"));
    }

    @Test
    void aCycleWithoutANullableForeignKeyIsOrderedByRowAtFlush() {
        TableDefinition[] b = new TableDefinition[1];
        TableDefinition a = defineTable("a", integer("id").primaryKey(), integer("b_id").notNull(),
                belongsTo("b", () -> b[0], "b_id"));
        b[0] = defineTable("b", integer("id").primaryKey(), integer("a_id").notNull(), belongsTo("a", () -> a, "a_id"));
        TableDefinition c = defineTable("c", integer("id").primaryKey(), integer("a_id"), belongsTo("a", () -> a, "a_id"));
        Model model = orm().tables(a, c).build().model();
        // an order for the tables (broken at the first dependency by name, a -> b), nothing inserted NULL first
        assertThat(model.flushOrder()).extracting(TableModel::name).containsExactly("a", "b", "c");
        assertThat(model.dependencies()).noneMatch(ForeignKeyDependency::deferred);
        assertThat(model.ordersWritesByRow(model.table("a"))).isTrue();
        assertThat(model.ordersWritesByRow(model.table("b"))).isTrue();
        assertThat(model.ordersWritesByRow(model.table("c"))).isFalse();
    }

    @Test
    void columnsKeepDeclarationOrderWithSuperclassFieldsFirst() {
        TableModel users = orm().entities(User.class).build().model().table("users");
        assertThat(users.columns()).extracting(ColumnModel::property).containsExactly("id", "email", "createdAt");
        assertThat(users.relations()).extracting(RelationModel::name).containsExactly("posts", "profile", "roles");
    }
}
