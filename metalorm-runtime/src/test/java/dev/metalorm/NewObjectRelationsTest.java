package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Profile;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Issue 11 item 8: relations of new objects work before persist. The getters make unattached
 * wrappers on first access; persist hands what they hold to the session's wrappers.
 */
class NewObjectRelationsTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @AllDatabases
    void aNewPostsAuthorIsSetBeforePersist(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        User ann = new User("ann@example.com");
        Post post = new Post("First");
        post.getAuthor().set(ann);
        assertThat(post.getAuthor().get()).isSameAs(ann);
        assertThat(post.getAuthor().isLoaded()).isTrue();
        try (Session s = orm.openSession()) {
            s.persist(post); // the author comes along, as set() in a session would persist it
            assertThat(s.contains(ann)).isTrue();
            s.commit();
            assertThat(post.getUserId()).isEqualTo(ann.getId()).isNotNull();
            assertThat(post.getAuthor().get()).isSameAs(ann);
        }
        assertThat(Dump.tables(db, "posts:id")).containsExactly("posts(id=1, title=First, content=null, user_id=1)");
    }

    @AllDatabases
    void aNewUsersCollectionsAndReferencesAreFilledBeforePersist(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        User bob = new User("bob@example.com");
        Post first = new Post("First");
        Post second = new Post("Second");
        Post dropped = new Post("Dropped");
        HasManyCollection<Post> posts = bob.getPosts();
        posts.add(first);
        posts.add(dropped);
        posts.add(second);
        posts.remove(dropped);
        assertThat(posts.getItems()).containsExactly(first, second);
        Profile profile = new Profile();
        profile.setBio("Bob's bio");
        bob.getProfile().set(profile);
        Role admin = new Role("admin");
        bob.getRoles().attach(admin, Map.of("assigned_at", T));
        assertThat(bob.getRoles().getItems()).containsExactly(admin);
        assertThat(bob.getRoles().pivotValues(admin)).containsEntry("assigned_at", T);

        try (Session s = orm.openSession()) {
            s.persist(admin); // attach links entities of the session
            s.persist(bob);
            assertThat(s.contains(first)).isTrue();
            assertThat(s.contains(dropped)).isFalse();
            // the wrapper taken before persist goes on working: it forwards to the session's
            Post third = new Post("Third");
            posts.add(third);
            assertThat(bob.getPosts()).isNotSameAs(posts);
            assertThat(bob.getPosts().getItems()).containsExactly(first, second, third);
            s.commit();
            assertThat(profile.getUserId()).isEqualTo(bob.getId());
        }
        assertThat(Dump.tables(db, "users:id", "posts:id", "profiles:id", "users_roles:user_id")).containsExactly(
                "users(id=1, email=bob@example.com, created_at=null)",
                "posts(id=1, title=First, content=null, user_id=1)",
                "posts(id=2, title=Second, content=null, user_id=1)",
                "posts(id=3, title=Third, content=null, user_id=1)",
                "profiles(id=1, user_id=1, bio=Bob's bio)",
                "users_roles(user_id=1, role_id=1, assigned_at=2026-01-02T03:04:05)");
        try (Session s = orm.openSession()) {
            User loaded = s.find(User.class, 1);
            assertThat(loaded.getPosts().load()).extracting(Post::getTitle).containsExactly("First", "Second", "Third");
            assertThat(loaded.getRoles().load()).extracting(Role::getName).containsExactly("admin");
        }
    }

    @AllDatabases
    void aNewPostWhoseForeignKeyWasSetDirectlyDoesNotPretendToKnowItsAuthor(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@example.com");
            s.persist(ann);
            s.flush();
            Post post = new Post("First");
            post.setUserId(ann.getId());
            assertThat(post.getAuthor().isLoaded()).isFalse();
            assertThatThrownBy(() -> post.getAuthor().get()).isInstanceOf(RelationNotLoadedException.class)
                    .hasMessageContaining("was not set()");
            s.persist(post);
            assertThat(post.getAuthor().load()).isSameAs(ann);
            s.commit();
        }
    }

    /** upsert(entity) keeps what the new object's relations were given before, as persist does. */
    @AllDatabases
    void anUpsertedObjectKeepsWhatItsRelationsWereGivenBefore(TestDatabase db) {
        ExampleSchema.create(db);
        db.execute("CREATE UNIQUE INDEX users_email ON users (email)");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User bob = new User("bob@example.com");
            s.persist(bob);
            bob.getPosts().add(new Post("Old"));
            s.commit();
        }
        User bobAgain = new User("bob@example.com"); // the row exists: updated
        bobAgain.getPosts().add(new Post("New"));
        User cy = new User("cy@example.com"); // no row yet: inserted
        cy.getPosts().add(new Post("Cy's"));
        Role admin = new Role("admin");
        cy.getRoles().attach(admin);
        try (Session s = orm.openSession()) {
            s.persist(admin);
            assertThat(s.upsert(bobAgain, "email")).isSameAs(bobAgain);
            assertThat(s.upsert(cy, "email")).isSameAs(cy);
            assertThat(bobAgain.getPosts().load()).extracting(Post::getTitle).containsExactlyInAnyOrder("Old", "New");
            s.commit();
        }
        try (Session s = orm.openSession()) { // the session holds the row already: its instance gets the changes
            User held = s.find(User.class, 1);
            User bobThird = new User("bob@example.com");
            bobThird.getPosts().add(new Post("Third"));
            assertThat(s.upsert(bobThird, "email")).isSameAs(held);
            s.commit();
        }
        assertThat(Dump.tables(db, "posts:id", "users_roles:user_id")).containsExactly(
                "posts(id=1, title=Old, content=null, user_id=1)",
                "posts(id=2, title=New, content=null, user_id=1)",
                "posts(id=3, title=Cy's, content=null, user_id=" + cy.getId() + ")", // an upsert that updated may use up a key
                "posts(id=4, title=Third, content=null, user_id=1)",
                "users_roles(user_id=" + cy.getId() + ", role_id=1, assigned_at=null)");
    }
}
