package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** session.sql(...): into entities through the identity map, into maps, into one value; arguments always bound. */
class RawSqlTest {
    @AllDatabases
    void rowsBecomeTheSessionsEntities(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Author ada = s.find(Author.class, 1);
            ada.setName("Ada (edited)");
            List<Author> keen = s.sql("SELECT * FROM authors WHERE karma > ? ORDER BY id", 4).list(Author.class);
            assertThat(keen).extracting(Author::getName).containsExactly("Ada (edited)", "Brian", "Dan");
            assertThat(keen.get(0)).as("the instance the session holds, as it is").isSameAs(ada);
            assertThat(s.find(Author.class, 2)).isSameAs(keen.get(1));
            assertThat(keen.get(1).getArticles().load()).hasSize(2);
            // labels are matched ignoring case, in any order; a join may feed them
            List<Author> viewed = s.sql("SELECT DISTINCT a.karma AS KARMA, a.mentor_id, a.joined_on, a.active, a.email, a.name, "
                    + "a.id FROM authors a JOIN articles r ON r.author_id = a.id WHERE r.views >= ? ORDER BY a.id", 100)
                    .list(Author.class);
            assertThat(viewed).containsExactly(ada, keen.get(1));
            // a value that looks like SQL is only a value
            assertThat(s.sql("SELECT * FROM authors WHERE name = ?", "x' OR '1'='1").list(Author.class)).isEmpty();
        }
    }

    @AllDatabases
    void mapsAndOneValue(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            List<Map<String, Object>> rows = s.sql("SELECT title AS title, created_at AS created FROM articles WHERE author_id = ? "
                    + "ORDER BY id", 2).rows();
            assertThat(rows).containsExactly(Map.of("title", "C", "created", LocalDateTime.of(2024, 1, 4, 10, 0)),
                    Map.of("title", "Unix", "created", LocalDateTime.of(2024, 1, 5, 10, 0)));
            assertThat(s.sql("SELECT COUNT(*) FROM authors WHERE active = ?", true).scalar(Long.class)).isEqualTo(3L);
            assertThat(s.sql("SELECT COUNT(*) FROM authors").scalar(Integer.class)).isEqualTo(4);
            assertThat(s.sql("SELECT SUM(views) FROM articles").scalar(Long.class)).isEqualTo(465L);
            assertThat(s.sql("SELECT name FROM authors WHERE id = ?", 99).scalar(String.class)).isNull();
            assertThat(s.sql("SELECT joined_on FROM authors WHERE id = ?", 1).scalar(java.time.LocalDate.class))
                    .isEqualTo(java.time.LocalDate.of(2020, 1, 1));
        }
    }

    @AllDatabases
    void badResultsAndArgumentsAreExplained(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.sql("SELECT name, email FROM authors").list(Author.class))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("sql(...).list(Author): the result has no column for the primary key [id] of authors, so its rows "
                            + "cannot be matched to the session's instances. Select it.");
            assertThatThrownBy(() -> s.sql("SELECT id, name FROM authors").list(Author.class))
                    .hasMessage("sql(...).list(Author): the result has no column for [email, active, joined_on, karma, mentor_id] "
                            + "of authors; an entity is read whole (a partial one would be taken for the row). Select every "
                            + "column (SELECT t.* …), or read partial rows with rows().");
            assertThatThrownBy(() -> s.sql("SELECT a.*, 1 AS extra FROM authors a").list(Author.class))
                    .hasMessage("sql(...).list(Author): the result's column \"extra\" is not a column of authors; its columns are "
                            + "[id, name, email, active, joined_on, karma, mentor_id]. Select only those, or alias them (AS).");
            assertThatThrownBy(() -> s.sql("SELECT id AS id, name AS id FROM authors").rows())
                    .hasMessage("sql(...).rows(): the label \"id\" appears twice in the result; alias one (AS) so that each key of "
                            + "the row map is one column.");
            assertThatThrownBy(() -> s.sql("SELECT id, name FROM authors").scalar(Long.class))
                    .hasMessage("sql(...).scalar(Long) needs a result of one column; got 2. Select one value, or use rows().");
            assertThatThrownBy(() -> s.sql("SELECT id FROM authors").scalar(Long.class))
                    .hasMessage("sql(...).scalar(Long) needs at most one row; got 4. Aggregate or add a LIMIT, or use rows().");
            assertThatThrownBy(() -> s.sql("SELECT name FROM authors WHERE id = 1").scalar(Long.class))
                    .hasMessage("sql(...).scalar(Long): the value is a java.lang.String (Ada), not a Long.");
            assertThatThrownBy(() -> s.sql("SELECT * FROM authors WHERE id IN (?)", List.of(1, 2)))
                    .hasMessageStartingWith("sql(...) argument 1 is a java.util.ImmutableCollections$List12, which cannot be bound; "
                            + "bind one value per ? (");
            assertThatThrownBy(() -> s.sql("SELEC * FROM authors").rows())
                    .isInstanceOf(StatementException.class).hasMessageStartingWith("SQL failed: SELEC * FROM authors -- ");
            assertThat(s.sql("SELECT COUNT(*) FROM authors").scalar(Long.class)).as("usable after a failure").isEqualTo(4L);
        }
    }
}
