package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.User;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;

/**
 * Setting a child's reference moves it between the loaded collections of the inverse hasMany, as an
 * add to the new parent's collection would (Sakila: film.language.set(french) left the film under English).
 */
class InverseCollectionTest {
    @AllDatabases
    void settingAReferenceMovesTheChildBetweenLoadedCollections(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@x");
            User bob = new User("bob@x");
            s.persist(ann);
            s.persist(bob);
            ann.getPosts().add(new Post("first"));
            ann.getPosts().add(new Post("second"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            User bob = s.find(User.class, 2);
            assertThat(ann.getPosts().load()).extracting(Post::getTitle).containsExactly("first", "second");
            assertThat(bob.getPosts().load()).isEmpty();
            Post first = ann.getPosts().getItems().get(0);
            first.getAuthor().set(bob);
            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("second");
            assertThat(bob.getPosts().getItems()).containsExactly(first);
            // a new post set to a parent shows under it too
            Post third = new Post("third");
            s.persist(third);
            third.getAuthor().set(ann);
            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("second", "third");
            s.commit();
            assertThat(bob.getPosts().getItems()).containsExactly(first);
            assertThat(ann.getPosts().getItems()).extracting(Post::getTitle).containsExactly("second", "third");
        }
        assertThat(Dump.count(db, "posts")).isEqualTo(3);
        try (Session s = orm.openSession()) {
            assertThat(s.find(User.class, 2).getPosts().load()).extracting(Post::getTitle).containsExactly("first");
            assertThat(s.find(User.class, 1).getPosts().load()).extracting(Post::getTitle).containsExactly("second", "third");
        }
    }
}
