package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Profile;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

/**
 * Issue 11 item 8: session.remove(x) takes x out of the loaded collections (and hasOne references)
 * that hold it, so that the object graph matches the database after flush.
 */
class RemoveFromCollectionsTest {

    static void seed(MetalOrm orm) {
        try (Session s = orm.openSession()) {
            User ann = new User("ann@example.com");
            User bob = new User("bob@example.com");
            s.persist(ann);
            s.persist(bob);
            for (String title : List.of("First", "Second", "Third")) {
                ann.getPosts().add(new Post(title));
            }
            Profile profile = new Profile();
            profile.setBio("Ann's bio");
            ann.getProfile().set(profile);
            Role admin = new Role("admin");
            Role author = new Role("author");
            s.persist(admin);
            s.persist(author);
            ann.getRoles().attach(admin);
            ann.getRoles().attach(author);
            bob.getRoles().attach(admin);
            s.commit();
        }
    }

    @AllDatabases
    void removedRowsLeaveTheLoadedCollectionsThatHeldThem(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        seed(orm);
        try (Session s = orm.openSession()) {
            List<User> users = s.from(User.class).include("posts", "profile", "roles").orderBy("id").list();
            User ann = users.get(0);
            User bob = users.get(1);
            Post second = ann.getPosts().getItems().get(1);
            Role admin = ann.getRoles().getItems().stream().filter(r -> r.getName().equals("admin")).findFirst().orElseThrow();
            assertThat(admin.getUsers().load()).containsExactlyInAnyOrder(ann, bob);
            Post draft = new Post("Draft");
            ann.getPosts().add(draft);

            s.remove(second);
            s.remove(draft); // new: simply forgotten, and gone from the collection too
            s.remove(ann.getProfile().get());
            s.remove(admin); // its pivot rows go with it at flush

            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("First", "Third");
            assertThat(ann.getProfile().get()).isNull();
            assertThat(ann.getRoles().getItems()).extracting(Role::getName).containsExactly("author");
            assertThat(bob.getRoles().getItems()).isEmpty();
            s.commit();
            // after the flush the graph is what the database holds
            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("First", "Third");
            assertThat(ann.getRoles().getItems()).extracting(Role::getName).containsExactly("author");
        }
        assertThat(Dump.tables(db, "posts:id", "profiles:id", "roles:id", "users_roles:user_id, role_id")).containsExactly(
                "posts(id=1, title=First, content=null, user_id=1)",
                "posts(id=3, title=Third, content=null, user_id=1)",
                "roles(id=2, name=author)",
                "users_roles(user_id=1, role_id=2, assigned_at=null)");
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            assertThat(ann.getPosts().load()).extracting(Post::getTitle).containsExactly("First", "Third");
            assertThat(ann.getProfile().load()).isNull();
            assertThat(ann.getRoles().load()).extracting(Role::getName).containsExactly("author");
        }
    }

    /** The usual loop: removing each loaded child while iterating the list load() gave. */
    @AllDatabases
    void childrenCanBeRemovedWhileIteratingTheirCollection(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        seed(orm);
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            List<Post> posts = ann.getPosts().load();
            for (Post p : posts) {
                s.remove(p);
            }
            assertThat(ann.getPosts().getItems()).isEmpty();
            assertThat(posts).as("the list handed out is a view of the collection").isEmpty();
            s.commit();
        }
        assertThat(Dump.count(db, "posts")).isZero();
    }

    /**
     * Removing many rows one by one (each looked up in an index of who holds what, built once), with
     * rows coming into collections between removals: each removed row still leaves every collection
     * and reference that holds it, however long the collection (past the point where it is indexed).
     */
    @AllDatabases
    void manyRemovalsWithRowsComingInBetween(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        seed(orm);
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            for (int i = 0; i < 40; i++) {
                ann.getPosts().add(new Post("Bulk " + i));
            }
            s.commit();
        }
        try (Session s = orm.openSession()) {
            List<User> users = s.from(User.class).include("posts", "profile", "roles").orderBy("id").list();
            User ann = users.get(0);
            User bob = users.get(1);
            List<Post> posts = ann.getPosts().getItems();
            assertThat(posts).hasSize(43);
            for (Post p : posts) {
                if (p.getTitle().startsWith("Bulk")) {
                    s.remove(p);
                }
            }
            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("First", "Second", "Third");

            // rows that come in after the removals above, removed in turn
            Post late = new Post("Late");
            ann.getPosts().add(late);
            Post kept = new Post("Kept");
            bob.getPosts().add(kept);
            s.remove(late);
            Profile other = new Profile();
            other.setBio("another bio");
            s.remove(ann.getProfile().get());
            bob.getProfile().set(other);
            s.remove(other);
            Role author = ann.getRoles().getItems().stream().filter(r -> r.getName().equals("author")).findFirst().orElseThrow();
            bob.getRoles().attach(author);
            assertThat(bob.getRoles().getItems()).extracting(Role::getName).containsExactlyInAnyOrder("admin", "author");
            s.remove(author);

            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("First", "Second", "Third");
            assertThat(bob.getPosts().getItems()).extracting(Post::getTitle).containsExactly("Kept");
            assertThat(ann.getProfile().get()).isNull();
            assertThat(bob.getProfile().get()).isNull();
            assertThat(ann.getRoles().getItems()).extracting(Role::getName).containsExactly("admin");
            assertThat(bob.getRoles().getItems()).extracting(Role::getName).containsExactly("admin");
            s.commit();
        }
        assertThat(Dump.count(db, "posts")).isEqualTo(4);
        assertThat(Dump.tables(db, "roles:id", "users_roles:user_id, role_id")).containsExactly(
                "roles(id=1, name=admin)",
                "users_roles(user_id=1, role_id=1, assigned_at=null)",
                "users_roles(user_id=2, role_id=1, assigned_at=null)");
    }
}
