package dev.metalorm;

import static dev.metalorm.query.Where.eq;
import static dev.metalorm.query.Where.gt;
import static dev.metalorm.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.example.Blog;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Profile;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.example.UserRole;
import dev.metalorm.schema.Row;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The MetalORM example model, declared both ways, through the same CRUD scenario: same results. */
class ExampleCrudTest {
    private static final LocalDateTime T1 = LocalDateTime.of(2024, 5, 1, 10, 30, 15);
    private static final LocalDateTime T2 = LocalDateTime.of(2024, 6, 2, 8, 0, 0);
    private static final String[] TABLES = {"users:id", "posts:id", "profiles:id", "roles:id", "users_roles:user_id, role_id"};

    @AllDatabases
    void annotationsAndDefineTableGiveTheSameResults(TestDatabase db) {
        ExampleSchema.create(db);
        List<String> byAnnotations = withAnnotations(db);
        List<String> annotationDump = Dump.tables(db, TABLES);
        ExampleSchema.drop(db);
        ExampleSchema.create(db);
        List<String> bySchema = withDefineTable(db);
        List<String> schemaDump = Dump.tables(db, TABLES);

        assertThat(bySchema).isEqualTo(byAnnotations);
        assertThat(schemaDump).isEqualTo(annotationDump);
        assertThat(byAnnotations).containsExactly(
                "ids 1 2",
                "found ann@example.com 2024-05-01T10:30:15",
                "posts [1:First, 2:Second, 3:Third]",
                "count 3",
                "first 3:Third",
                "like [1:ann@example.com]",
                "after update [1:First, 3:Third (edited)]",
                "pivot 1-1 2024-06-02T08:00");
        assertThat(annotationDump).contains("users(id=1, email=ann@example.com, created_at=2024-05-01T10:30:15)",
                "posts(id=3, title=Third (edited), content=c5, user_id=1)",
                "users_roles(user_id=1, role_id=1, assigned_at=2024-06-02T08:00)");
        assertThat(annotationDump).noneMatch(s -> s.contains("Second"));
    }

    private static List<String> withAnnotations(TestDatabase db) {
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        List<String> seen = new ArrayList<>();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@example.com");
            ann.setCreatedAt(T1);
            User bob = new User("bob@example.com");
            s.persist(ann);
            s.persist(bob);
            s.flush();
            seen.add("ids " + ann.getId() + " " + bob.getId());
            for (String title : List.of("First", "Second", "Third")) {
                Post p = new Post(title);
                p.setContent("c" + title.length());
                p.setUserId(ann.getId());
                s.persist(p);
            }
            Profile profile = new Profile();
            profile.setUserId(bob.getId());
            profile.setBio("Bob's bio");
            s.persist(profile);
            Role admin = new Role("admin");
            s.persist(admin);
            s.flush();
            UserRole link = new UserRole();
            link.setUserId(ann.getId());
            link.setRoleId(admin.getId());
            link.setAssignedAt(T2);
            s.persist(link);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            seen.add("found " + ann.getEmail() + " " + ann.getCreatedAt());
            List<Post> posts = s.from(Post.class).where(eq("userId", 1)).orderBy("id").list();
            seen.add("posts " + posts.stream().map(p -> p.getId() + ":" + p.getTitle()).toList());
            seen.add("count " + s.from(Post.class).where(eq("user_id", 1)).count());
            seen.add("first " + s.from(Post.class).orderByDesc("id").first().map(p -> p.getId() + ":" + p.getTitle()).orElse("-"));
            seen.add("like " + s.from(User.class).where(like("email", "ann%")).list().stream()
                    .map(u -> u.getId() + ":" + u.getEmail()).toList());
            posts.get(2).setTitle("Third (edited)");
            s.remove(posts.get(1));
            s.commit();
            seen.add("after update " + s.from(Post.class).where(gt("id", 0)).orderBy("id").list().stream()
                    .map(p -> p.getId() + ":" + p.getTitle()).toList());
            UserRole link = s.find(UserRole.class, 1, 1);
            seen.add("pivot " + link.getUserId() + "-" + link.getRoleId() + " " + link.getAssignedAt());
        }
        return seen;
    }

    private static List<String> withDefineTable(TestDatabase db) {
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(Blog.USERS).build();
        List<String> seen = new ArrayList<>();
        try (Session s = orm.openSession()) {
            Row ann = Blog.USERS.newRow().set("email", "ann@example.com").set("created_at", T1);
            Row bob = Blog.USERS.newRow().set("email", "bob@example.com");
            s.persist(ann);
            s.persist(bob);
            s.flush();
            seen.add("ids " + ann.get("id") + " " + bob.get("id"));
            for (String title : List.of("First", "Second", "Third")) {
                s.persist(Blog.POSTS.newRow().set("title", title).set("content", "c" + title.length()).set("user_id", ann.get("id")));
            }
            s.persist(Blog.PROFILES.newRow().set("user_id", bob.get("id")).set("bio", "Bob's bio"));
            Row admin = Blog.ROLES.newRow().set("name", "admin");
            s.persist(admin);
            s.flush();
            s.persist(Blog.USERS_ROLES.newRow().set("user_id", ann.get("id")).set("role_id", admin.get("id"))
                    .set("assigned_at", T2));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Row ann = s.find(Blog.USERS, 1);
            seen.add("found " + ann.get("email") + " " + ann.get("created_at"));
            List<Row> posts = s.from(Blog.POSTS).where(eq("user_id", 1)).orderBy("id").list();
            seen.add("posts " + posts.stream().map(p -> p.get("id") + ":" + p.get("title")).toList());
            seen.add("count " + s.from(Blog.POSTS).where(eq("user_id", 1)).count());
            seen.add("first " + s.from(Blog.POSTS).orderByDesc("id").first().map(p -> p.get("id") + ":" + p.get("title")).orElse("-"));
            seen.add("like " + s.from(Blog.USERS).where(like("email", "ann%")).list().stream()
                    .map(u -> u.get("id") + ":" + u.get("email")).toList());
            posts.get(2).set("title", "Third (edited)");
            s.remove(posts.get(1));
            s.commit();
            seen.add("after update " + s.from(Blog.POSTS).where(gt("id", 0)).orderBy("id").list().stream()
                    .map(p -> p.get("id") + ":" + p.get("title")).toList());
            Row link = s.find(Blog.USERS_ROLES, 1, 1);
            seen.add("pivot " + link.get("user_id") + "-" + link.get("role_id") + " " + link.get("assigned_at"));
        }
        return seen;
    }
}
