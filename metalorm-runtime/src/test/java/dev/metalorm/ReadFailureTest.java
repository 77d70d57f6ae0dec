package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.stream.Stream;

/** A failure while turning rows into objects (not in the database) still ends the transaction and returns the connection. */
class ReadFailureTest {
    @Entity("scores")
    public static class Score {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "points")
        int points; // primitive, but the column allows NULL
    }

    record Points(Integer id, Integer points) {
        Points {
            if (points != null && points < 0) {
                throw new IllegalArgumentException("negative points");
            }
        }
    }

    @AllDatabases
    void aRowThatCannotBecomeAnObjectGivesTheConnectionBack(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE scores (id INT PRIMARY KEY, points INT)",
                "INSERT INTO scores (id, points) VALUES (1, 10)", "INSERT INTO scores (id, points) VALUES (2, NULL)",
                "INSERT INTO scores (id, points) VALUES (3, -1)");
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = MetalOrm.builder(pool).entities(Score.class).build();
            try (Session s = orm.openSession()) {
                assertThat(s.find(Score.class, 1).points).isEqualTo(10);
                assertThatThrownBy(() -> s.from(Score.class).list())
                        .isInstanceOf(MetalOrmException.class)
                        .hasMessageContaining("is NULL but the field is primitive int");
                assertThat(pool.returned()).isEqualTo(pool.borrowed());
                assertThatThrownBy(() -> s.sql("SELECT * FROM scores").list(Score.class))
                        .hasMessageContaining("is NULL but the field is primitive int");
                assertThat(pool.returned()).isEqualTo(pool.borrowed());
                assertThatThrownBy(() -> s.from(Score.class).orderBy("id").select(Points.class, "id", "points").list())
                        .hasMessageContaining("failed on a row of scores: java.lang.IllegalArgumentException: negative points");
                assertThat(pool.returned()).isEqualTo(pool.borrowed());
                try (Stream<Score> rows = s.from(Score.class).orderBy("id").stream()) {
                    assertThatThrownBy(() -> rows.forEach(r -> { }))
                            .hasMessageContaining("is NULL but the field is primitive int");
                }
                assertThat(pool.returned()).isEqualTo(pool.borrowed());
                assertThat(s.from(Score.class).count()).isEqualTo(3);
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
    }
}
