package dev.metalorm;

import static dev.metalorm.query.Where.and;
import static dev.metalorm.query.Where.eq;
import static dev.metalorm.query.Where.ge;
import static dev.metalorm.query.Where.gt;
import static dev.metalorm.query.Where.in;
import static dev.metalorm.query.Where.isNotNull;
import static dev.metalorm.query.Where.isNull;
import static dev.metalorm.query.Where.le;
import static dev.metalorm.query.Where.like;
import static dev.metalorm.query.Where.lt;
import static dev.metalorm.query.Where.ne;
import static dev.metalorm.query.Where.not;
import static dev.metalorm.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.User;
import dev.metalorm.query.Condition;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

class QueryTest {
    private static List<Integer> ids(Session s, Condition where) {
        return s.from(Post.class).where(where).orderBy("id").list().stream().map(Post::getId).toList();
    }

    @AllDatabases
    void conditionsOrderAndPaging(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User u = new User("u@x");
            s.persist(u);
            s.flush();
            for (int i = 1; i <= 6; i++) {
                Post p = new Post("t" + i);
                p.setContent(i % 2 == 0 ? null : "odd");
                p.setUserId(u.getId());
                s.persist(p);
            }
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertThat(ids(s, eq("title", "t2"))).containsExactly(2);
            assertThat(ids(s, ne("title", "t2"))).containsExactly(1, 3, 4, 5, 6);
            assertThat(ids(s, lt("id", 3))).containsExactly(1, 2);
            assertThat(ids(s, le("id", 3))).containsExactly(1, 2, 3);
            assertThat(ids(s, gt("id", 4))).containsExactly(5, 6);
            assertThat(ids(s, ge("id", 4))).containsExactly(4, 5, 6);
            assertThat(ids(s, like("title", "t%"))).hasSize(6);
            assertThat(ids(s, in("id", 2, 4, 99))).containsExactly(2, 4);
            assertThat(ids(s, in("id", List.of()))).isEmpty();
            assertThat(ids(s, isNull("content"))).containsExactly(2, 4, 6);
            assertThat(ids(s, eq("content", null))).containsExactly(2, 4, 6);
            assertThat(ids(s, isNotNull("content"))).containsExactly(1, 3, 5);
            assertThat(ids(s, or(eq("id", 1), and(gt("id", 4), isNull("content"))))).containsExactly(1, 6);
            assertThat(ids(s, not(in("id", 1, 2, 3)))).containsExactly(4, 5, 6);
            assertThat(ids(s, eq("id", 1).or(eq("id", 2)).and(ne("id", 1)))).containsExactly(2);

            assertThat(s.from(Post.class).orderByDesc("id").limit(2).list()).extracting(Post::getId).containsExactly(6, 5);
            assertThat(s.from(Post.class).orderBy("id").limit(2).offset(3).list()).extracting(Post::getId).containsExactly(4, 5);
            assertThat(s.from(Post.class).orderBy("id").offset(4).list()).extracting(Post::getId).containsExactly(5, 6);
            assertThat(s.from(Post.class).orderBy("content").orderByDesc("id").where(isNotNull("content")).first())
                    .get().extracting(Post::getId).isEqualTo(5);
            assertThat(s.from(Post.class).where(gt("id", 100)).first()).isEmpty();
            assertThat(s.from(Post.class).count()).isEqualTo(6);
            assertThat(s.from(Post.class).where(isNull("content")).count()).isEqualTo(3);
        }
    }

    @AllDatabases
    void unknownColumnsAndWrongValueTypesAreExplained(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.from(Post.class).where(eq("titel", "x")))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Table posts (dev.metalorm.example.Post) has no column or property \"titel\"; its columns are "
                            + "[id, title, content, user_id]");
            assertThatThrownBy(() -> s.from(Post.class).where(eq("id", "one")))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Column posts.id takes Integer values, not String (one)");
            assertThatThrownBy(() -> s.find(Post.class, 1, 2))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Table posts (dev.metalorm.example.Post) has a primary key of 1 column(s) [id]; find got 2 value(s).");
            assertThatThrownBy(() -> s.find(String.class, 1))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessageStartingWith("java.lang.String is not an entity of this MetalOrm; its entities are [");
        }
    }
}
