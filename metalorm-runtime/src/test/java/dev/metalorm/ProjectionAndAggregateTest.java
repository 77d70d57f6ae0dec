package dev.metalorm;

import static dev.metalorm.query.Selection.avg;
import static dev.metalorm.query.Selection.column;
import static dev.metalorm.query.Selection.count;
import static dev.metalorm.query.Selection.countDistinct;
import static dev.metalorm.query.Selection.countOf;
import static dev.metalorm.query.Selection.max;
import static dev.metalorm.query.Selection.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Counted;
import dev.metalorm.query.Direction;
import dev.metalorm.query.Where;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Projections into records, classes and maps; aggregates, groups and per-row counts. */
class ProjectionAndAggregateTest {
    record AuthorSummary(Integer id, String name) {
    }

    record Views(String title, long views) {
    }

    record Rated(String title, double rating) {
    }

    record AuthorStats(Integer authorId, int articles, Long views) {
    }

    record Wrong(Integer id, java.time.LocalDate name) {
    }

    /** A plain class, made by its constructor. */
    static final class Line {
        final String title;
        final String author;

        Line(String title, String author) {
            this.title = title;
            this.author = author;
        }

        Line(String title) {
            this(title, null);
        }

        @Override
        public String toString() {
            return title + " by " + author;
        }
    }

    @AllDatabases
    void projectionsAreCheckedUpFrontAndNotTracked(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            assertThat(s.from(Author.class).orderBy("id").select(AuthorSummary.class, "id", "name").list())
                    .containsExactly(new AuthorSummary(1, "Ada"), new AuthorSummary(2, "Brian"), new AuthorSummary(3, "Cleo"),
                            new AuthorSummary(4, "Dan"));
            log.clear();
            assertThat(s.find(Author.class, 1).getName()).isEqualTo("Ada");
            assertThat(log.count()).as("the projection put nothing into the identity map").isEqualTo(1);

            // a class by constructor, a belongsTo path (LEFT JOIN), numbers converted exactly
            assertThat(s.from(Article.class).where(Where.le("id", 2)).orderBy("id").select(Line.class, "title", "author.name").list())
                    .extracting(Line::toString).containsExactly("Engines by Ada", "Notes by Ada");
            assertThat(s.from(Article.class).orderBy("views", Direction.DESC).select(Views.class, "title", "views").first())
                    .contains(new Views("C", 300));
            // plain rows, keyed by the names given
            List<Map<String, Object>> rows = s.from(Article.class).where(Where.eq("id", 4)).select("title", "author.mentor.name",
                    "created_at").list();
            assertThat(rows).containsExactly(Map.of("title", "C", "author.mentor.name", "Ada", "created_at",
                    LocalDateTime.of(2024, 1, 4, 10, 0)));
            assertThat(rows.get(0).keySet()).containsExactly("title", "author.mentor.name", "created_at");
            assertThat(s.from(Author.class).where(Where.eq("id", 1)).select(column("name").as("who"), countOf("articles")).list())
                    .containsExactly(Map.of("who", "Ada", "articles_count", 3L));

            // checked before anything runs
            log.clear();
            assertThatThrownBy(() -> s.from(Author.class).select(AuthorSummary.class, "id"))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot select [id (Integer)] from authors into record AuthorSummary(Integer id, String name): it has "
                            + "2 component(s) for 1 selected value(s). Select one value per component, in order.");
            assertThatThrownBy(() -> s.from(Author.class).select(Wrong.class, "id", "name"))
                    .hasMessage("Cannot select [id (Integer), name (String)] from authors into record Wrong(Integer id, LocalDate name): "
                            + "component name is LocalDate, but name is String.");
            assertThatThrownBy(() -> s.from(Article.class).select(Line.class, "title", "views"))
                    .hasMessage("Cannot select [title (String), views (Integer)] from articles into "
                            + "dev.metalorm.ProjectionAndAggregateTest$Line: no constructor of 2 argument(s) takes these types; its "
                            + "constructors are [Line(String), Line(String, String)].");
            assertThatThrownBy(() -> s.from(Article.class).select(Line.class, "title", "views", "id"))
                    .hasMessage("Cannot select [title (String), views (Integer), id (Integer)] from articles into "
                            + "dev.metalorm.ProjectionAndAggregateTest$Line: it has no constructor taking 3 argument(s); its "
                            + "constructors are [Line(String), Line(String, String)].");
            assertThatThrownBy(() -> s.from(Article.class).select("title", "author.nme"))
                    .hasMessage("select(\"author.nme\"): table authors (dev.metalorm.example.press.Author) has no column or property "
                            + "\"nme\"; its columns are [id, name, email, active, joined_on, karma, mentor_id].");
            assertThatThrownBy(() -> s.from(Author.class).select("articles.title"))
                    .hasMessageStartingWith("select(\"articles.title\"): authors.articles is a hasMany");
            assertThat(log.count()).isZero();
            // a NULL for a primitive is named when it is read
            assertThatThrownBy(() -> s.from(Article.class).orderBy("id").select(Rated.class, "title", "rating").list())
                    .hasMessage("Rated: rating is NULL in a row of articles, but parameter 2 is a primitive double; declare it Double.");
        }
    }

    @AllDatabases
    void aggregatesAreTypedAndComposeWithRelatedRowConditions(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            assertThat(s.from(Article.class).sum("views", Long.class)).contains(465L);
            assertThat(s.from(Article.class).sum("views", Integer.class)).contains(465);
            assertThat(s.from(Article.class).sum("rating", BigDecimal.class)).hasValueSatisfying(v ->
                    assertThat(v).isEqualByComparingTo("12.50"));
            assertThat(s.from(Article.class).avg("views", Double.class)).contains(77.5);
            // the scale of a decimal average is each database's own (MariaDB 6 digits, H2 12, PostgreSQL 16)
            assertThat(s.from(Article.class).avg("rating", BigDecimal.class)).hasValueSatisfying(v ->
                    assertThat(v).isBetween(new BigDecimal("4.1666"), new BigDecimal("4.1667")));
            assertThat(s.from(Article.class).min("created_at", LocalDateTime.class)).contains(LocalDateTime.of(2024, 1, 1, 10, 0));
            assertThat(s.from(Article.class).max("title", String.class)).contains("Unix");
            assertThat(s.from(Article.class).aggregate(countDistinct("author_id"), Long.class)).contains(3L);
            assertThat(s.from(Article.class).where(Where.gt("views", 1000)).sum("views", Long.class)).as("SUM over no rows").isEmpty();
            // through whereHas: the views of articles tagged systems, of authors mentored by Ada
            assertThat(s.from(Article.class).whereHas("tags", w -> w.eq("label", "systems")).sum("views", Long.class)).contains(305L);
            assertThat(s.from(Article.class).whereHas("author.mentor", w -> w.eq("name", "Ada")).sum("views", Long.class))
                    .contains(305L);
            assertThat(s.from(Author.class).whereHasNot("articles").count()).isEqualTo(1);

            assertThatThrownBy(() -> s.from(Article.class).sum("title", Long.class))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("sum(\"title\") on articles: title holds String values; sum and avg need a numeric column.");
            assertThatThrownBy(() -> s.from(Article.class).max("published", Boolean.class))
                    .hasMessage("max(\"published\") on articles: published holds Boolean values; min and max need an ordered column "
                            + "(numbers, text, dates and times).");
            assertThatThrownBy(() -> s.from(Article.class).sum("views", String.class))
                    .hasMessage("sum(views) on articles is a Long, not a String.");
            assertThatThrownBy(() -> s.from(Article.class).sum("viewz", Long.class))
                    .hasMessageStartingWith("sum(\"viewz\"): table articles (dev.metalorm.example.press.Article) has no column");
        }
    }

    @AllDatabases
    void groupsWithHavingIntoRecordsAndMaps(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            assertThat(s.from(Article.class).groupBy("author_id").having(count().gt(1)).orderBy("author_id")
                    .select(AuthorStats.class, column("author_id"), count(), sum("views")).list())
                    .containsExactly(new AuthorStats(1, 3, 160L), new AuthorStats(2, 2, 305L));
            // grouped through a belongsTo path, with a condition on related rows before grouping
            assertThat(s.from(Article.class).whereHas("comments").groupBy("author.name").orderBy("author.name")
                    .select(column("author.name").as("author"), count().as("n"), max("views").as("top")).list())
                    .containsExactly(Map.of("author", "Ada", "n", 2L, "top", 100), Map.of("author", "Brian", "n", 1L, "top", 300),
                            Map.of("author", "Cleo", "n", 1L, "top", 0));
            assertThat(s.from(Article.class).groupBy("author_id").having(sum("views").ge(100)).count()).as("groups").isEqualTo(2);
            assertThat(s.from(Article.class).groupBy("author_id").having(avg("views").lt(1)).select("author_id").list())
                    .containsExactly(Map.of("author_id", 3));

            assertThatThrownBy(() -> s.from(Article.class).groupBy("author_id").select(column("title"), count()))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("select(...) on articles: title is neither an aggregate nor one of the grouped columns [author_id].");
            assertThatThrownBy(() -> s.from(Article.class).select(column("title"), count()))
                    .hasMessage("select(...) on articles: title is neither an aggregate nor grouped; beside aggregates, group by "
                            + "it: groupBy(\"title\").");
            assertThatThrownBy(() -> s.from(Article.class).where(count().gt(1)))
                    .hasMessage("An aggregate condition (count > 1) was given to where(...) on articles; aggregates are compared in "
                            + "having(...) after groupBy(...).");
            assertThatThrownBy(() -> s.from(Article.class).having(count().gt(1)))
                    .hasMessage("having(...) on articles filters groups; call groupBy(...) first.");
            assertThatThrownBy(() -> s.from(Article.class).groupBy("author_id").list())
                    .hasMessage("A query of articles grouped by [author_id] gives groups, not rows: select(...) the grouped columns "
                            + "and aggregates.");
            assertThatThrownBy(() -> s.from(Article.class).groupBy("autor_id"))
                    .hasMessageStartingWith("groupBy(\"autor_id\"): table articles (dev.metalorm.example.press.Article) has no "
                            + "column or property \"autor_id\"; its columns are [id, author_id, title,");
            assertThatThrownBy(() -> s.from(Article.class).groupBy("author_id").having(sum("viewz").gt(1)))
                    .hasMessageStartingWith("sum(\"viewz\"): table articles (dev.metalorm.example.press.Article) has no column");
            assertThatThrownBy(() -> s.from(Article.class).groupBy("author_id").having(count().gt("many")))
                    .hasMessage("having(count ...) on articles compares a number; got String (many).");
        }
    }

    @AllDatabases
    void withCountGivesEachEntityItsCounts(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            List<Counted<Author>> counted = s.from(Author.class).orderBy("id").withCount("articles", "mentees").list();
            assertThat(log.count()).isEqualTo(1);
            assertThat(counted).extracting(c -> c.entity().getName() + ":" + c.count("articles") + ":" + c.count("mentees"))
                    .containsExactly("Ada:3:2", "Brian:2:1", "Cleo:1:0", "Dan:0:0");
            assertThat(counted.get(0).entity()).as("the session's instance").isSameAs(s.find(Author.class, 1));
            assertThat(s.from(Author.class).orderBy("id").withCount("articles", w -> w.eq("published", true)).list())
                    .extracting(c -> c.count("articles")).containsExactly(2L, 1L, 0L, 0L);
            // through a pivot, with a page and an include
            var page = s.from(Article.class).orderBy("id").include("comments").withCount("tags").page(1, 4);
            assertThat(page.total()).isEqualTo(6);
            assertThat(page.items()).extracting(c -> c.count("tags")).containsExactly(2L, 0L, 1L, 1L);
            assertThat(page.items().get(0).entity().getComments().getItems()).hasSize(2);
            assertThatThrownBy(() -> counted.get(0).count("posts"))
                    .hasMessage("No count for \"posts\": withCount was given [articles, mentees].");
            assertThatThrownBy(() -> s.from(Author.class).withCount("artikles"))
                    .hasMessage("countOf(\"artikles\"): table authors (dev.metalorm.example.press.Author) has no relation "
                            + "\"artikles\"; its relations are [articles, biography, mentor, mentees].");
            assertThatThrownBy(() -> s.from(Author.class).withCount("articles.comments"))
                    .hasMessage("countOf(\"articles.comments\") on authors takes one relation of authors, not a path; count nested "
                            + "rows with a filter: countOf(\"articles\", w -> w.whereHas(...)). Relations: [articles, biography, "
                            + "mentor, mentees].");
        }
    }
}
