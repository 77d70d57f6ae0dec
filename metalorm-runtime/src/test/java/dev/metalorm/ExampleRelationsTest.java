package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.example.Blog;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Profile;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.query.Query;
import dev.metalorm.query.Where;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import dev.metalorm.relation.ManyToManyCollection;
import dev.metalorm.schema.Row;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * MetalORM's example end to end through the relation wrappers, in both styles with the same
 * scenario and the same assertions.
 */
class ExampleRelationsTest {
    static final LocalDateTime T1 = LocalDateTime.of(2024, 6, 1, 9, 0);
    static final String[] TABLES = {"users:id", "posts:id", "profiles:id", "roles:id", "users_roles:user_id, role_id"};

    /** How the scenario reaches one style's entities and relations. */
    interface Style {
        MetalOrm orm(DataSource ds, StatementLog log);

        Object newUser(String email);

        Object newPost(String title);

        Object newProfile(String bio);

        Object newRole(String name);

        HasManyCollection<Object> posts(Object user);

        HasOneReference<Object> profile(Object user);

        ManyToManyCollection<Object> roles(Object user);

        BelongsToReference<Object> author(Object post);

        Object findUser(Session s, Object id);

        Query<?> users(Session s);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final class Annotations implements Style {
        public MetalOrm orm(DataSource ds, StatementLog log) {
            return MetalOrm.builder(ds).entities(User.class).statementListener(log).build();
        }

        public Object newUser(String email) {
            return new User(email);
        }

        public Object newPost(String title) {
            return new Post(title);
        }

        public Object newProfile(String bio) {
            Profile p = new Profile();
            p.setBio(bio);
            return p;
        }

        public Object newRole(String name) {
            return new Role(name);
        }

        public HasManyCollection<Object> posts(Object user) {
            return (HasManyCollection) ((User) user).getPosts();
        }

        public HasOneReference<Object> profile(Object user) {
            return (HasOneReference) ((User) user).getProfile();
        }

        public ManyToManyCollection<Object> roles(Object user) {
            return (ManyToManyCollection) ((User) user).getRoles();
        }

        public BelongsToReference<Object> author(Object post) {
            return (BelongsToReference) ((Post) post).getAuthor();
        }

        public Object findUser(Session s, Object id) {
            return s.find(User.class, id);
        }

        public Query<?> users(Session s) {
            return s.from(User.class);
        }
    }

    static final class Schema implements Style {
        public MetalOrm orm(DataSource ds, StatementLog log) {
            return MetalOrm.builder(ds).tables(Blog.USERS).statementListener(log).build();
        }

        public Object newUser(String email) {
            return Blog.USERS.newRow().set("email", email);
        }

        public Object newPost(String title) {
            return Blog.POSTS.newRow().set("title", title);
        }

        public Object newProfile(String bio) {
            return Blog.PROFILES.newRow().set("bio", bio);
        }

        public Object newRole(String name) {
            return Blog.ROLES.newRow().set("name", name);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public HasManyCollection<Object> posts(Object user) {
            return (HasManyCollection) ((Row) user).hasMany("posts");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public HasOneReference<Object> profile(Object user) {
            return (HasOneReference) ((Row) user).hasOne("profile");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public ManyToManyCollection<Object> roles(Object user) {
            return (ManyToManyCollection) ((Row) user).belongsToMany("roles");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public BelongsToReference<Object> author(Object post) {
            return (BelongsToReference) ((Row) post).belongsTo("author");
        }

        public Object findUser(Session s, Object id) {
            return s.find(Blog.USERS, id);
        }

        public Query<?> users(Session s) {
            return s.from(Blog.USERS);
        }
    }

    @AllDatabases
    void theExampleWorksEndToEndInBothStyles(TestDatabase db) {
        ExampleSchema.create(db);
        List<String> annotations = scenario(db, new Annotations());
        List<String> annotationDump = Dump.tables(db, TABLES);
        ExampleSchema.drop(db);
        ExampleSchema.create(db);
        List<String> schema = scenario(db, new Schema());
        assertThat(schema).isEqualTo(annotations);
        String q = SessionTest.q(db, "users_roles");
        String user = SessionTest.q(db, "user_id");
        String role = SessionTest.q(db, "role_id");
        assertThat(annotations).containsExactly(
                "before flush: 2 posts, author bob@x",
                "ids: ann 1, bob 2, bob's post user_id 2",
                // one batch per table and statement shape: the two links differ (one has a payload)
                "insert order: [INSERT INTO roles, INSERT INTO users, INSERT INTO posts, INSERT INTO profiles, INSERT INTO users_roles, "
                        + "INSERT INTO users_roles]",
                "include statements: 4",
                "include needs no more: 4",
                "graph: ann@x posts[Hello by same;World by same;] profile Ann's bio roles[admin@2024-06-01T09:00;editor@null;]",
                "sync writes: [DELETE FROM " + q + " WHERE " + user + " = ? AND " + role + " = ?, INSERT INTO " + q + " (" + user
                        + ", " + role + ") VALUES (?, ?)]",
                "roles now: [editor, viewer]",
                "detach writes: 1",
                "cascade remove of a child: [DELETE FROM posts]",
                "cascade remove of the owner: [DELETE FROM profiles, DELETE FROM posts, DELETE FROM users_roles, DELETE FROM users]");
        assertThat(Dump.tables(db, TABLES)).isEqualTo(annotationDump);
        assertThat(annotationDump).containsExactly(
                "users(id=2, email=bob@x, created_at=null)",
                "posts(id=3, title=Bob's, content=null, user_id=2)",
                "roles(id=1, name=admin)",
                "roles(id=2, name=editor)",
                "roles(id=3, name=viewer)");
    }

    private static List<String> scenario(TestDatabase db, Style style) {
        StatementLog log = new StatementLog();
        MetalOrm orm = style.orm(db.dataSource(), log);
        List<String> seen = new ArrayList<>();
        Object annId;
        try (Session s = orm.openSession()) {
            Object ann = style.newUser("ann@x");
            s.persist(ann);
            style.posts(ann).add(style.newPost("Hello"));
            style.posts(ann).add(style.newPost("World"));
            style.profile(ann).set(style.newProfile("Ann's bio"));
            Object admin = style.newRole("admin");
            Object editor = style.newRole("editor");
            s.persist(admin);
            s.persist(editor);
            s.persist(style.newRole("viewer"));
            style.roles(ann).attach(admin, Map.of("assigned_at", T1));
            style.roles(ann).attach(editor);
            style.roles(ann).attach(admin, Map.of("assigned_at", T1.plusDays(1)));
            Object bob = style.newUser("bob@x");
            Object bobsPost = style.newPost("Bob's");
            s.persist(bobsPost);
            style.author(bobsPost).set(bob);
            seen.add("before flush: " + style.posts(ann).getItems().size() + " posts, author " + value(orm, style.author(bobsPost).get(), "email"));
            s.commit();
            annId = value(orm, ann, "id");
            seen.add("ids: ann " + annId + ", bob " + value(orm, bob, "id") + ", bob's post user_id " + value(orm, bobsPost, "user_id"));
        }
        seen.add("insert order: " + tables(log.only("INSERT")));
        String lazy;
        try (Session s = orm.openSession()) {
            Object ann = style.findUser(s, annId);
            lazy = graph(orm, style, ann, true);
        }
        String eager;
        log.clear();
        try (Session s = orm.openSession()) {
            List<?> users = style.users(s).include("posts", "profile", "roles", "posts.author")
                    .where(Where.eq("id", annId)).list();
            seen.add("include statements: " + log.count());
            eager = graph(orm, style, users.get(0), false);
            seen.add("include needs no more: " + log.count());
        }
        assertThat(eager).isEqualTo(lazy);
        seen.add("graph: " + lazy);
        try (Session s = orm.openSession()) {
            Object ann = style.findUser(s, annId);
            log.clear();
            style.roles(ann).syncByIds(List.of(2, 3)); // editor stays, admin goes, viewer comes
            style.roles(ann).syncByIds(List.of(3, 2));
            s.commit();
            seen.add("sync writes: " + log.only("INSERT", "DELETE", "UPDATE"));
            seen.add("roles now: " + names(orm, style.roles(ann).getItems()));
            log.clear();
            style.roles(ann).detach(2);
            style.roles(ann).detach(2);
            s.commit();
            seen.add("detach writes: " + log.only("INSERT", "DELETE", "UPDATE").size());
        }
        try (Session s = orm.openSession()) {
            Object ann = style.findUser(s, annId);
            List<Object> posts = style.posts(ann).load();
            log.clear();
            style.posts(ann).remove(posts.get(1));
            s.commit();
            seen.add("cascade remove of a child: " + tables(log.only("DELETE")));
            log.clear();
            s.remove(ann);
            s.commit();
            seen.add("cascade remove of the owner: " + tables(log.only("DELETE")));
        }
        return seen;
    }

    private static String graph(MetalOrm orm, Style style, Object user, boolean lazy) {
        List<Object> posts = lazy ? style.posts(user).load() : style.posts(user).getItems();
        Object profile = lazy ? style.profile(user).load() : style.profile(user).get();
        List<Object> roles = lazy ? style.roles(user).load() : style.roles(user).getItems();
        StringBuilder b = new StringBuilder(String.valueOf(value(orm, user, "email"))).append(" posts[");
        for (Object p : posts) {
            Object author = lazy ? style.author(p).load() : style.author(p).get();
            b.append(value(orm, p, "title")).append(" by ").append(author == user ? "same" : "other").append(';');
        }
        b.append("] profile ").append(value(orm, profile, "bio")).append(" roles[");
        for (Object r : roles) {
            b.append(value(orm, r, "name")).append('@').append(style.roles(user).pivotValues(r).get("assigned_at")).append(';');
        }
        return b.append(']').toString();
    }

    private static List<Object> names(MetalOrm orm, List<Object> rows) {
        return rows.stream().map(r -> value(orm, r, "name")).toList();
    }

    static Object value(MetalOrm orm, Object entity, String column) {
        TableModel t = entity instanceof Row row ? orm.model().table(row.table().name()) : orm.model().table(entity.getClass());
        return t.accessor().get(entity, t.column(column).index());
    }

    private static List<String> tables(List<String> statements) {
        return statements.stream().map(sql -> sql.replaceAll("^(INSERT INTO|DELETE FROM|UPDATE) [`\"]?([a-z_]+)[`\"]?.*", "$1 $2"))
                .toList();
    }
}
