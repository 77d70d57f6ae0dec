package dev.metalorm;

import static dev.metalorm.query.Where.eq;
import static dev.metalorm.query.Where.has;
import static dev.metalorm.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Direction;
import dev.metalorm.query.Query;
import dev.metalorm.query.Where;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

/** Filtering by related rows (EXISTS) and ordering through belongsTo paths (LEFT JOIN), on the press fixture. */
class WhereHasTest {
    private static List<String> names(Query<Author> q) {
        return q.orderBy("id").list().stream().map(Author::getName).toList();
    }

    /** SQL written with MySQL's backticks, in the quotes of the database. */
    static String quoted(TestDatabase db, String sql) {
        return db.kind() == dev.metalorm.testing.DatabaseKind.MYSQL ? sql : sql.replace('`', '"');
    }

    private static List<Integer> ids(Query<Article> q) {
        return q.list().stream().map(Article::getId).toList();
    }

    @AllDatabases
    void relatedRowsFilterThroughEveryRelationKindAndNestedPaths(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            // hasMany
            assertThat(names(s.from(Author.class).whereHas("articles", w -> w.eq("published", true)))).containsExactly("Ada", "Brian");
            assertThat(names(s.from(Author.class).whereHas("articles"))).containsExactly("Ada", "Brian", "Cleo");
            assertThat(names(s.from(Author.class).whereHasNot("articles"))).containsExactly("Dan");
            assertThat(names(s.from(Author.class).whereHasNot("articles", w -> w.eq("published", true))))
                    .containsExactly("Cleo", "Dan");
            // hasOne, belongsTo (a self-reference), hasMany on the same table
            assertThat(names(s.from(Author.class).whereHas("biography"))).containsExactly("Ada", "Brian");
            assertThat(names(s.from(Author.class).whereHas("mentor", w -> w.eq("name", "Ada")))).containsExactly("Brian", "Cleo");
            assertThat(names(s.from(Author.class).whereHas("mentees"))).containsExactly("Ada", "Brian");
            assertThat(ids(s.from(Article.class).whereHas("author", w -> w.eq("active", false)).orderBy("id"))).containsExactly(6);
            // belongsToMany, through the pivot
            assertThat(ids(s.from(Article.class).whereHas("tags", w -> w.eq("label", "math")).orderBy("id"))).containsExactly(1, 3);
            assertThat(ids(s.from(Article.class).whereHasNot("tags").orderBy("id"))).containsExactly(2, 6);
            // nested paths: the filter applies to the last table
            assertThat(names(s.from(Author.class).whereHas("articles.comments", w -> w.eq("approved", true))))
                    .containsExactly("Ada", "Brian");
            assertThat(names(s.from(Author.class).whereHas("articles.tags", w -> w.eq("label", "systems")))).containsExactly("Brian");
            assertThat(names(s.from(Author.class).whereHas("mentor.mentor"))).containsExactly("Dan");
            // a filter with its own whereHas, and a condition on the same table beside it
            assertThat(names(s.from(Author.class).whereHas("articles", w -> w.eq("published", true)
                    .whereHas("comments", c -> c.eq("approved", false))))).containsExactly("Ada");
            assertThat(names(s.from(Author.class).whereHas("articles", w -> w.gt("views", 60).like("title", "%n%"))))
                    .containsExactly("Ada");
            // composes with OR and NOT like any condition
            assertThat(names(s.from(Author.class).where(or(has("biography"), eq("name", "Dan"))))).containsExactly("Ada", "Brian", "Dan");
            assertThat(names(s.from(Author.class).where(Where.not(has("articles"))).where(eq("active", true)))).containsExactly("Dan");
            // counts compose
            assertThat(s.from(Author.class).whereHas("articles", w -> w.eq("published", true)).count()).isEqualTo(2);
        }
        assertThat(log.statements()).filteredOn(sql -> sql.contains("EXISTS")).isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).doesNotContain("JOIN \"authors\" \"authors\""));
    }

    @AllDatabases
    void orderByABelongsToPathIsALeftJoin(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            assertThat(ids(s.from(Article.class).orderBy("author.name", Direction.DESC).orderBy("id"))).containsExactly(6, 4, 5, 1, 2, 3);
            assertThat(log.statements().get(log.count() - 1)).isEqualTo(quoted(db, "SELECT `articles`.`id`, "
                    + "`articles`.`author_id`, `articles`.`title`, `articles`.`published`, `articles`.`views`, `articles`.`rating`, "
                    + "`articles`.`created_at`, `articles`.`editor_id` FROM `articles` LEFT JOIN `authors` `m1` "
                    + "ON `m1`.`id` = `articles`.`author_id` ORDER BY `m1`.`name` DESC, `articles`.`id`"));
            // two hops, one join each, reused by a second term on the same path
            assertThat(ids(s.from(Article.class).where(Where.in("author_id", 2, 3)).orderBy("author.mentor.name")
                    .orderBy("author.name").orderBy("id"))).containsExactly(4, 5, 6);
            assertThat(log.statements().get(log.count() - 1)).containsOnlyOnce(quoted(db, "LEFT JOIN `authors` `m1` ON "
                    + "`m1`.`id` = `articles`.`author_id`")).containsOnlyOnce(quoted(db, "LEFT JOIN `authors` `m2` ON "
                    + "`m2`.`id` = `m1`.`mentor_id`")).endsWith(quoted(db, "ORDER BY `m2`.`name`, `m1`.`name`, `articles`.`id`"));
            // a self-join: authors by their mentor's name; Ada has none (NULL, placed by each database's rule), so filtered out
            assertThat(names(s.from(Author.class).whereHas("mentor").orderBy("mentor.name").orderBy("name")))
                    .containsExactly("Brian", "Cleo", "Dan");
            // combined with whereHas
            assertThat(ids(s.from(Article.class).whereHas("comments").orderBy("author.name").orderBy("id"))).containsExactly(1, 3, 4, 6);
        }
    }

    @AllDatabases
    void badNamesAndValuesAreExplainedAtTheCall(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Query<Author> authors = s.from(Author.class);
            assertThatThrownBy(() -> authors.whereHas("artikles"))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("whereHas(\"artikles\"): table authors (dev.metalorm.example.press.Author) has no relation "
                            + "\"artikles\"; its relations are [articles, biography, mentor, mentees].");
            assertThatThrownBy(() -> authors.whereHas("articles.coments"))
                    .hasMessage("whereHas(\"articles.coments\"): table articles (dev.metalorm.example.press.Article) has no "
                            + "relation \"coments\"; its relations are [author, editor, comments, tags].");
            assertThatThrownBy(() -> authors.whereHas("articles", w -> w.eq("titel", "C")))
                    .hasMessage("Table articles (dev.metalorm.example.press.Article) has no column or property \"titel\"; its "
                            + "columns are [id, author_id, title, published, views, rating, created_at, editor_id]");
            assertThatThrownBy(() -> authors.whereHas("articles", w -> w.like("views", "1%")))
                    .hasMessage("Where.like on articles.views: the column holds Integer values (INTEGER); LIKE compares text "
                            + "columns only. Use eq, lt, gt or in for Integer.");
            assertThatThrownBy(() -> authors.where(Where.like("active", "t%")))
                    .hasMessage("Where.like on authors.active: the column holds Boolean values (BOOLEAN); LIKE compares text "
                            + "columns only. Use eq, lt, gt or in for Boolean.");
            assertThatThrownBy(() -> authors.where(eq("karma", "lots")))
                    .hasMessage("Column authors.karma takes Integer values, not String (lots)");
            assertThatThrownBy(() -> authors.where(Where.in("karma", 1, "two")))
                    .hasMessage("Column authors.karma takes Integer values, not String (two)");
            assertThatThrownBy(() -> authors.where(Where.in("karma", 1, null)))
                    .hasMessage("Where.in on authors.karma got a null value; IN never matches NULL. Drop it and add "
                            + "Where.isNull(\"karma\") with or(...).");
            assertThatThrownBy(() -> authors.orderBy("articles.title"))
                    .hasMessage("orderBy(\"articles.title\"): authors.articles is a hasMany, which gives several rows per authors "
                            + "row; only belongsTo paths can be ordered by, grouped by or selected. For a hasMany use "
                            + "whereHas(\"articles\", ...) or withCount(\"articles\").");
            assertThatThrownBy(() -> authors.orderBy("mentor.nam"))
                    .hasMessage("orderBy(\"mentor.nam\"): table authors (dev.metalorm.example.press.Author) has no column or "
                            + "property \"nam\"; its columns are [id, name, email, active, joined_on, karma, mentor_id].");
            assertThatThrownBy(() -> authors.orderBy("nam"))
                    .hasMessage("orderBy(\"nam\"): table authors (dev.metalorm.example.press.Author) has no column or property "
                            + "\"nam\"; its columns are [id, name, email, active, joined_on, karma, mentor_id], and a belongsTo "
                            + "path such as \"relation.column\" reaches columns of related tables (relations: [articles, "
                            + "biography, mentor, mentees]).");
            // nothing was sent, and the session still works
            assertThat(names(s.from(Author.class).where(eq("name", "Ada")))).containsExactly("Ada");
        }
    }

    @AllDatabases
    void aFailingQueryGivesTheConnectionBack(TestDatabase db) throws Exception {
        Press.seed(db);
        db.execute("DROP TABLE biographies");
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            // the dropped table would fail the schema check at build(): this is about a query failing later
            MetalOrm orm = MetalOrm.builder(pool).entities(Author.class).checkSchema(false).build();
            try (Session s = orm.openSession()) {
                Author ada = s.from(Author.class).where(eq("name", "Ada")).first().orElseThrow();
                assertThat(pool.borrowed() - pool.returned()).as("the session holds its connection").isEqualTo(1);
                assertThatThrownBy(() -> s.from(Author.class).whereHas("biography").list())
                        .isInstanceOf(StatementException.class)
                        .hasMessageContaining("biographies");
                assertThat(pool.returned()).as("given back at once, not at close").isEqualTo(pool.borrowed());
                assertThat(s.contains(ada)).as("the failure ended the transaction and cleared the session").isFalse();
                // the session borrows again for the next query
                assertThat(names(s.from(Author.class).where(eq("name", "Dan")))).containsExactly("Dan");
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
    }
}
