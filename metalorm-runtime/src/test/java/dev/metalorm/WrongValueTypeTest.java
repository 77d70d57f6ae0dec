package dev.metalorm;

import static dev.metalorm.query.Where.eq;
import static dev.metalorm.query.Where.gt;
import static dev.metalorm.query.Where.in;
import static dev.metalorm.query.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Selection;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/**
 * Issue 16 item 7: a LIKE on a non-text column, or a value of the wrong Java type for its column,
 * is refused at the call with the column, its Java type and the value's type (it used to reach the
 * driver as a bare ClassCastException); and a query that fails gives the connection of the
 * unclosed session back.
 */
class WrongValueTypeTest {

    @AllDatabases
    void wrongValueTypesAreRefusedAtTheCallNamingColumnAndTypes(TestDatabase db) throws Exception {
        Press.seed(db);
        StatementLog log = new StatementLog();
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = MetalOrm.builder(pool).entities(Author.class).statementListener(log).build();
            try (Session s = orm.openSession()) {
                Author ada = s.from(Author.class).where(eq("name", "Ada")).first().orElseThrow();
                log.clear();
                assertThatThrownBy(() -> s.from(Author.class).where(like("karma", "1%")))
                        .isInstanceOf(MetalOrmException.class)
                        .hasMessage("Where.like on authors.karma: the column holds Integer values (INTEGER); LIKE compares text"
                                + " columns only. Use eq, lt, gt or in for Integer.");
                assertThatThrownBy(() -> s.from(Author.class).where(eq("karma", "ten")))
                        .hasMessage("Column authors.karma takes Integer values, not String (ten)");
                assertThatThrownBy(() -> s.from(Author.class).where(gt("joined_on", "2020-01-01")))
                        .hasMessage("Column authors.joined_on takes LocalDate values, not String (2020-01-01)");
                assertThatThrownBy(() -> s.from(Author.class).where(in("id", 1, "two")))
                        .hasMessage("Column authors.id takes Integer values, not String (two)");
                assertThatThrownBy(() -> s.from(Author.class).where(eq("active", 1)))
                        .hasMessage("Column authors.active takes Boolean values, not Integer (1)");
                assertThatThrownBy(() -> s.from(Author.class).where(eq("karma", 1.5)))
                        .hasMessageStartingWith("Column authors.karma cannot take 1.5 as a Integer");
                assertThatThrownBy(() -> s.from(Author.class).whereHas("articles", w -> w.eq("views", "many")))
                        .hasMessage("Column articles.views takes Integer values, not String (many)");
                assertThatThrownBy(() -> s.from(Author.class).include("articles", w -> w.where(like("views", "%"))))
                        .hasMessageStartingWith("Where.like on articles.views: the column holds Integer values");
                assertThatThrownBy(() -> s.from(Author.class).groupBy("active").having(Selection.count().gt("two")))
                        .hasMessageContaining("compares a number; got String (two)");
                assertThatThrownBy(() -> s.update(Author.class).set("karma", "ten"))
                        .hasMessage("Column authors.karma takes Integer values, not String (ten)");
                assertThatThrownBy(() -> s.find(Author.class, "one"))
                        .hasMessage("Column authors.id takes Integer values, not String (one)");
                assertThatThrownBy(() -> s.from(Author.class).orderBy("karma").after("ten", 1).list())
                        .hasMessage("Column authors.karma takes Integer values, not String (ten)");
                // refused before anything was sent; the session and its transaction go on
                assertThat(log.statements()).isEmpty();
                assertThat(s.contains(ada)).isTrue();
                assertThat(s.from(Author.class).where(gt("joined_on", LocalDate.of(2000, 1, 1))).where(like("name", "A%"))
                        .list()).containsExactly(ada);
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
    }

    @AllDatabases
    void aQueryThatFailsInTheDatabaseGivesTheUnclosedSessionsConnectionBack(TestDatabase db) throws Exception {
        Press.seed(db);
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = Press.orm(pool);
            Session s = orm.openSession(); // not closed on purpose: the failure alone must give the connection back
            Author ada = s.from(Author.class).where(eq("name", "Ada")).first().orElseThrow();
            assertThat(pool.borrowed() - pool.returned()).isEqualTo(1);
            ada.setKarma(ada.getKarma() + 1); // a pending change the failure rolls back
            assertThatThrownBy(() -> s.sql("SELECT no_such_column FROM authors").rows()).isInstanceOf(StatementException.class);
            assertThat(pool.returned()).as("given back at the failure").isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
            // and again once the session has borrowed anew
            assertThat(s.from(Author.class).count()).isEqualTo(4);
            assertThatThrownBy(() -> s.sql("SELECT * FROM no_such_table").list(Author.class)).isInstanceOf(StatementException.class);
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            List<Article> articles = s.from(Article.class).where(gt("views", 60)).orderBy("id").list();
            assertThat(articles).extracting(Article::getTitle).containsExactly("Engines", "C");
            assertThat(pool.borrowed() - pool.returned()).isEqualTo(1);
            s.rollback();
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
        }
    }
}
