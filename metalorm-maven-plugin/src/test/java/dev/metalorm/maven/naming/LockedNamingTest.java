package dev.metalorm.maven.naming;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.ColumnOverride;
import dev.metalorm.maven.config.JunctionChoice;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.fixture.DescribeModel;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Naming with a lock: what had a name keeps it whatever the schema change; new names are allocated around it. */
class LockedNamingTest {

    static NamedModel name(SchemaSnapshot s, NameLock lock) {
        return name(s, lock, Overrides.NONE, false);
    }

    static NamedModel name(SchemaSnapshot s, NameLock lock, Overrides overrides, boolean gap) {
        NamedModel model = EntityNamer.name(s, RelationInferrer.infer(s, overrides), overrides, "com.example.model", lock, gap);
        GeneratedNamesCompileTest.assertValidAndUnique(model);
        return model;
    }

    static NameLock lock(NamedModel model) {
        return NameLock.of(model, List.of());
    }

    static SchemaSnapshot before() {
        return schema()
                .table("users", t -> t.pk("id").col("name"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users"))
                .table("messages", t -> t.pk("id").col("body").fk("sender_id", "users"))
                .table("roles", t -> t.pk("id").col("name"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles"))
                .build();
    }

    /** A second FK from messages to users, a junction post_likes between users and posts, roles dropped. */
    static SchemaSnapshot after() {
        return schema()
                .table("users", t -> t.pk("id").col("name").col("nickname"))
                .table("posts", t -> t.pk("id").col("title").fk("user_id", "users"))
                .table("messages", t -> t.pk("id").col("body").fk("sender_id", "users").fk("recipient_id", "users"))
                .table("post_likes", t -> t.pk("user_id,post_id").fk("user_id", "users").fk("post_id", "posts"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users"))
                .build();
    }

    @Test
    void secondForeignKeyJunctionAndDropRenameNothingThatHadAName() {
        NamedModel first = name(before(), NameLock.EMPTY);
        assertThat(DescribeModel.of(first)).contains("  messages: hasMany Message", "  posts: hasMany Post");

        NamedModel second = name(after(), lock(first));

        assertThat(DescribeModel.of(second)).isEqualTo("""
                Message (messages)
                  id: id [id, generated]
                  body: body
                  senderId: sender_id
                  recipientId: recipient_id
                  recipient: belongsTo User
                  sender: belongsTo User
                Post (posts)
                  id: id [id, generated]
                  title: title
                  userId: user_id
                  postLikes: hasMany PostLike
                  user: belongsTo User
                  users: belongsToMany User via PostLike
                PostLike (post_likes) junction
                  userId: user_id [id]
                  postId: post_id [id]
                  post: belongsTo Post
                  user: belongsTo User
                User (users)
                  id: id [id, generated]
                  name: name
                  nickname: nickname
                  likedPosts: belongsToMany Post via PostLike
                  messages: hasMany Message
                  messagesByRecipient: hasMany Message
                  postLikes: hasMany PostLike
                  posts: hasMany Post
                  userRoles: hasMany UserRole
                UserRole (users_roles)
                  userId: user_id [id]
                  roleId: role_id [id]
                  user: belongsTo User
                """);
    }

    @Test
    void withoutTheLockTheRulesRenameWhatAlreadyExisted() {
        NamedModel model = name(after(), NameLock.EMPTY);
        String described = DescribeModel.of(model);
        // what the lock prevents: the old hasMany relation is renamed by the rule; the junction's
        // belongsToMany yields to the hasMany posts, which keeps its name either way
        assertThat(described).contains("  messagesBySender: hasMany Message", "  posts: hasMany Post",
                "  likedPosts: belongsToMany Post via PostLike", "UsersRole (users_roles)");
    }

    @Test
    void removingTheLockGivesTodaysNames() {
        NamedModel withoutLock = name(after(), NameLock.EMPTY);
        NamedModel fromItsOwnLock = name(after(), lock(withoutLock));
        assertThat(DescribeModel.of(fromItsOwnLock)).isEqualTo(DescribeModel.of(withoutLock));
        assertThat(DescribeModel.of(EntityNamer.name(after(), RelationInferrer.infer(after(), Overrides.NONE), Overrides.NONE,
                "com.example.model"))).isEqualTo(DescribeModel.of(withoutLock));
    }

    @Test
    void lockedNamesSurviveAFreshRuleClashAndNewcomersYield() {
        // the old belongsTo "author" is locked; a new column "author" takes author2 instead of renaming the relation
        SchemaSnapshot v1 = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("author_id", "users"))
                .build();
        NamedModel first = name(v1, NameLock.EMPTY);
        SchemaSnapshot v2 = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("author_id", "users").col("author"))
                .build();
        NamedModel second = name(v2, lock(first));
        assertThat(DescribeModel.of(second)).contains("  author2: author", "  author: belongsTo User");
        assertThat(second.diagnostics()).anyMatch(d -> d.toString().equals("WARNING column posts.author: is generated as field author2"
                + " because relation posts:belongs_to:posts.fk_posts_author_id already gives field author."
                + " Set a fieldName override to choose another name."));
    }

    @Test
    void overridesBeatTheLock() {
        NamedModel first = name(before(), NameLock.EMPTY);
        Overrides overrides = new Overrides(List.of(new TableOverride("users", "Account", JunctionChoice.INFER,
                List.of(new ColumnOverride("name", "fullName", null)))), List.of());
        NamedModel second = name(before(), lock(first), overrides, false);
        assertThat(DescribeModel.of(second)).contains("Account (users)", "  fullName: name");
    }

    @Test
    void generationGapReservesBaseNames() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("user_base", t -> t.pk("id"))
                .build();
        NamedModel model = name(s, NameLock.EMPTY, Overrides.NONE, true);
        assertThat(model.entities()).extracting(EntityModel::className, EntityModel::baseClassName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("User", "UserBase"),
                        org.assertj.core.groups.Tuple.tuple("UserBase2", "UserBase2Base"));
        assertThat(model.diagnostics()).anyMatch(d -> d.toString().equals("WARNING table user_base: is generated as class UserBase2"
                + " because table users's class User has the generated base class UserBase. Set a className override to choose another name."));

        NamedModel single = name(s, NameLock.EMPTY, Overrides.NONE, false);
        assertThat(single.entities()).extracting(EntityModel::className).containsExactly("User", "UserBase");
        assertThat(single.entities()).extracting(EntityModel::baseClassName).containsOnlyNulls();
    }

    @Test
    void aLockedClassNameIsKeptWhenTheRuleWouldChangeIt() {
        NamedModel first = name(before(), NameLock.EMPTY);
        SchemaSnapshot rolesGone = schema()
                .table("users", t -> t.pk("id"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users"))
                .build();
        assertThat(DescribeModel.of(name(rolesGone, NameLock.EMPTY))).contains("UsersRole (users_roles)");
        assertThat(DescribeModel.of(name(rolesGone, lock(first)))).contains("UserRole (users_roles)");
    }

    @Test
    void aLockedNameThatIsNoLongerUsableFallsBackToTheRuleWithAWarning() {
        NamedModel first = name(before(), NameLock.EMPTY);
        NameLock edited = NameLock.parse(lock(first).format().replace("table roles = Role", "table roles = String"), "metalorm.lock");
        NamedModel second = name(before(), edited);
        assertThat(DescribeModel.of(second)).contains("Role (roles)");
        assertThat(second.diagnostics()).anyMatch(d -> d.toString().startsWith("WARNING table roles: has the locked class name String,"));
    }

    @Test
    void aNewRelationWhoseRuleNameIsLockedTakesANumber() {
        SchemaSnapshot v1 = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("user_id", "users"))
                .build();
        SchemaSnapshot v2 = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fk("user_id", "users").fk("user_fk", "users"))
                .build();
        NamedModel second = name(v2, lock(name(v1, NameLock.EMPTY)));
        assertThat(DescribeModel.of(second)).contains("  user: belongsTo User", "  user2: belongsTo User");
        assertThat(second.diagnostics()).anyMatch(d -> d.toString().equals("WARNING relation posts.user2:"
                + " relation posts:belongs_to:posts.fk_posts_user_fk is named user2 because relation posts:belongs_to:posts.fk_posts_user_id"
                + " keeps the name user from metalorm.lock. Set a relation override to choose another name."));
    }

    @Test
    void lockedColumnAndRelationNamesThatAreNoLongerUsableWarn() {
        NamedModel first = name(before(), NameLock.EMPTY);
        NameLock edited = NameLock.parse(lock(first).format()
                .replace("column users.name = name : varchar", "column users.name = id : varchar")
                .replace("relation users<-posts(user_id) = posts : hasMany posts", "relation users<-posts(user_id) = enum : hasMany posts"),
                "metalorm.lock");
        NamedModel second = name(before(), edited);
        assertThat(DescribeModel.of(second)).contains("  name: name", "  posts: hasMany Post");
        assertThat(second.diagnostics()).extracting(Object::toString).contains(
                "WARNING column users.name: has the locked field name id, which is taken by column id;"
                        + " the naming rule chooses instead. Update its line in metalorm.lock.",
                "WARNING relation users.enum: relation users:has_many:posts.fk_posts_user_id has the locked name enum,"
                        + " which is a Java keyword, literal or restricted identifier; the naming rule chooses instead."
                        + " Update its line in metalorm.lock.");
    }

    @Test
    void twoTablesLockedToOneClassNameKeepTheFirstAndWarn() {
        NamedModel first = name(before(), NameLock.EMPTY);
        NameLock edited = NameLock.parse(lock(first).format().replace("table roles = Role", "table roles = Message"), "metalorm.lock");
        NamedModel second = name(before(), edited);
        assertThat(DescribeModel.of(second)).contains("Message (messages)", "Role (roles)");
        assertThat(second.diagnostics()).extracting(Object::toString).contains("WARNING table roles: has the locked class name Message,"
                + " which table messages already has; the naming rule chooses instead. Give one of them another name.");
    }
}
