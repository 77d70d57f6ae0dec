package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Bulk;
import dev.metalorm.support.CountingDataSource;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** Batched loading, counted in statements prepared on the connection. */
class RelationLoadingTest {
    static final int USERS = 500;

    static void seed(TestDatabase db) {
        seed(db, USERS);
    }

    static void seed(TestDatabase db, int users) {
        ExampleSchema.create(db);
        Bulk.insert(db, "INSERT INTO users (id, email) VALUES (?, ?)", users, i -> List.of(i + 1, "u" + (i + 1) + "@x"));
        Bulk.insert(db, "INSERT INTO posts (id, title, user_id) VALUES (?, ?, ?)", users * 3,
                i -> List.of(i + 1, "p" + (i + 1), i / 3 + 1));
        Bulk.insert(db, "INSERT INTO roles (id, name) VALUES (?, ?)", 3, i -> List.of(i + 1, "r" + (i + 1)));
        Bulk.insert(db, "INSERT INTO users_roles (user_id, role_id, assigned_at) VALUES (?, ?, ?)", users * 2,
                i -> List.of(i / 2 + 1, (i / 2 + i % 2) % 3 + 1, Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0))));
    }

    @AllDatabases
    void loadingPostsFor500UsersIsOneQuery(TestDatabase db) {
        seed(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).entities(User.class).build();
        try (Session s = orm.openSession()) {
            List<User> users = s.from(User.class).orderBy("id").list();
            assertThat(users).hasSize(USERS);
            assertThatThrownBy(() -> users.get(7).getPosts().getItems())
                    .isInstanceOf(RelationNotLoadedException.class)
                    .hasMessage("Relation users.posts of users[8] is not loaded. Call load() on it (loads it for every users row "
                            + "in the session in one query) or include(\"posts\") in the query.");
            counting.reset();
            List<Post> first = users.get(0).getPosts().load();
            assertThat(first).extracting(Post::getTitle).containsExactly("p1", "p2", "p3");
            for (User u : users) {
                assertThat(u.getPosts().isLoaded()).isTrue();
                assertThat(u.getPosts().getItems()).hasSize(3)
                        .allSatisfy(p -> assertThat(p.getUserId()).isEqualTo(u.getId()));
            }
            assertThat(counting.statements()).isEqualTo(1);

            // the reverse side: every post's author is already in the session, no query at all
            Post post = users.get(9).getPosts().getItems().get(1);
            assertThat(post.getAuthor().load()).isSameAs(users.get(9));
            assertThat(counting.statements()).isEqualTo(1);
        }
    }

    @AllDatabases
    void includePostsAndRolesOn500UsersIsThreeQueries(TestDatabase db) {
        seed(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).entities(User.class).build();
        counting.reset();
        try (Session s = orm.openSession()) {
            List<User> users = s.from(User.class).include("posts", "roles").orderBy("id").list();
            assertThat(counting.statements()).isEqualTo(3);
            assertThat(users).allSatisfy(u -> {
                assertThat(u.getPosts().getItems()).hasSize(3);
                assertThat(u.getRoles().getItems()).hasSize(2);
            });
            User u1 = users.get(0);
            assertThat(u1.getRoles().getItems()).extracting(Role::getName).containsExactly("r1", "r2");
            Role r1 = u1.getRoles().getItems().get(0);
            assertThat(u1.getRoles().pivotValues(r1)).containsEntry("assigned_at", LocalDateTime.of(2024, 1, 1, 0, 0));
            assertThat(users.get(1).getRoles().getItems()).extracting(Role::getName).containsExactly("r2", "r3");
            assertThat(users.get(2).getRoles().getItems()).extracting(Role::getName).containsExactly("r1", "r3");
            assertThat(users.get(1).getRoles().getItems().get(1)).as("one instance per role").isSameAs(
                    users.get(2).getRoles().getItems().get(1));
            assertThat(counting.statements()).isEqualTo(3);
        }
    }

    static final TableDefinition T_USERS = defineTable("users", integer("id").primaryKey(), varchar("email"),
            hasMany("posts", () -> RelationLoadingTest.T_POSTS, "user_id"));
    static final TableDefinition T_POSTS = defineTable("posts", integer("id").primaryKey(), varchar("title"),
            integer("user_id"), hasMany("comments", () -> RelationLoadingTest.T_COMMENTS, "post_id"),
            belongsTo("author", () -> T_USERS, "user_id"));
    static final TableDefinition T_COMMENTS = defineTable("comments", integer("id").primaryKey(), integer("post_id"),
            varchar("body"), hasMany("reactions", () -> RelationLoadingTest.T_REACTIONS, "comment_id"));
    static final TableDefinition T_REACTIONS = defineTable("reactions", integer("id").primaryKey(), integer("comment_id"),
            varchar("kind"));

    /** Every level fits one batch here (at most 300 rows a level); see CompositeKeyTest for several batches. */
    @AllDatabases
    void aThreeLevelIncludeIsFourQueries(TestDatabase db) {
        int users = 50;
        seed(db, users);
        db.execute("CREATE TABLE comments (id INT PRIMARY KEY, post_id INT NOT NULL REFERENCES posts (id), body VARCHAR(50))",
                "CREATE TABLE reactions (id INT PRIMARY KEY, comment_id INT NOT NULL REFERENCES comments (id), kind VARCHAR(10))");
        Bulk.insert(db, "INSERT INTO comments (id, post_id, body) VALUES (?, ?, ?)", users * 3 * 2,
                i -> List.of(i + 1, i / 2 + 1, "c" + (i + 1)));
        Bulk.insert(db, "INSERT INTO reactions (id, comment_id, kind) VALUES (?, ?, ?)", users * 3 * 2,
                i -> List.of(i + 1, i + 1, i % 2 == 0 ? "like" : "wow"));
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).tables(T_USERS).build();
        counting.reset();
        try (Session s = orm.openSession()) {
            List<Row> list = s.from(T_USERS).include("posts.comments.reactions").orderBy("id").list();
            assertThat(counting.statements()).isEqualTo(4);
            assertThat(list).hasSize(users);
            Row lastComment = list.get(users - 1).hasMany("posts").getItems().get(2).hasMany("comments").getItems().get(1);
            assertThat(lastComment.get("body")).isEqualTo("c" + users * 6);
            assertThat(lastComment.hasMany("reactions").getItems()).singleElement()
                    .extracting(r -> r.get("kind")).isEqualTo("wow");
            // including what is loaded already costs nothing
            s.from(T_USERS).include("posts", "posts.comments").where(dev.metalorm.query.Where.eq("id", 1)).list();
            assertThat(counting.statements()).isEqualTo(5);
        }
    }

    @AllDatabases
    void belongsToLoadsAllAuthorsInOneQuery(TestDatabase db) {
        seed(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).entities(User.class).build();
        try (Session s = orm.openSession()) {
            List<Post> posts = s.from(Post.class).orderBy("id").list();
            counting.reset();
            assertThat(posts.get(4).getAuthor().load().getEmail()).isEqualTo("u2@x");
            assertThat(posts).allSatisfy(p -> assertThat(p.getAuthor().get().getId()).isEqualTo(p.getUserId()));
            assertThat(counting.statements()).isEqualTo(1);
        }
    }
}
