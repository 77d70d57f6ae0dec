package dev.metalorm;

import static dev.metalorm.query.Direction.DESC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Comment;
import dev.metalorm.example.press.Press;
import dev.metalorm.example.press.Tag;
import dev.metalorm.query.Where;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

/** Includes that load only some related rows, and what the collections they fill allow. */
class FilteredIncludeTest {
    private static List<String> titles(Author a) {
        return a.getArticles().getItems().stream().map(Article::getTitle).toList();
    }

    private static List<String> labels(Article a) {
        return a.getTags().getItems().stream().map(Tag::getLabel).toList();
    }

    @AllDatabases
    void aFilteredIncludeLoadsOnlyItsRowsInItsOrderAtMostItsLimitPerOwner(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            List<Author> authors = s.from(Author.class).orderBy("id")
                    .include("articles", w -> w.eq("published", true).orderBy("views", DESC).limit(1))
                    .list();
            assertThat(log.count()).as("the authors, then one query for their articles").isEqualTo(2);
            assertThat(log.statements().get(1)).contains("ROW_NUMBER() OVER (PARTITION BY");
            assertThat(authors).extracting(FilteredIncludeTest::titles)
                    .containsExactly(List.of("Engines"), List.of("C"), List.of(), List.of());
            assertThat(authors.get(0).getArticles().isFiltered()).isTrue();
            assertThat(authors.get(0).getArticles().isLoaded()).isTrue();

            // no limit: every match, in the filter's order (ties by primary key)
            List<Author> again = s.from(Author.class).orderBy("id")
                    .include("articles", w -> w.ne("title", "C").orderBy("published", DESC).orderBy("views")).list();
            assertThat(again.get(0)).isSameAs(authors.get(0));
            assertThat(titles(again.get(0))).containsExactly("Loops", "Engines", "Notes");
            assertThat(titles(again.get(1))).containsExactly("Unix");

            // a later plain include loads the whole relation, not the filtered part
            s.from(Author.class).orderBy("id").include("articles").list();
            assertThat(titles(authors.get(0))).containsExactly("Engines", "Notes", "Loops");
            assertThat(authors.get(0).getArticles().isFiltered()).isFalse();
            assertThat(titles(authors.get(1))).containsExactly("C", "Unix");

            // and load() on a filtered collection loads all of it, for every filtered owner at once
            s.from(Author.class).include("articles", w -> w.eq("title", "Unix")).list();
            assertThat(titles(authors.get(1))).containsExactly("Unix");
            log.clear();
            assertThat(authors.get(0).getArticles().load()).extracting(Article::getTitle).containsExactly("Engines", "Notes", "Loops");
            assertThat(titles(authors.get(1))).containsExactly("C", "Unix");
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @AllDatabases
    void manyToManyAndNestedLevelsUnderAFilteredOne(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            List<Article> articles = s.from(Article.class).where(Where.in("id", 1, 3, 4, 5)).orderBy("id")
                    .include("tags", w -> w.orderBy("label", DESC).limit(1)).list();
            assertThat(articles).extracting(FilteredIncludeTest::labels)
                    .containsExactly(List.of("math"), List.of("math"), List.of("systems"), List.of("systems"));
            assertThat(articles.get(0).getTags().isFiltered()).isTrue();
            assertThat(articles.get(0).getTags().pivotValues(articles.get(0).getTags().getItems().get(0)))
                    .containsEntry("tagged_at", java.time.LocalDateTime.of(2024, 2, 2, 0, 0));
            s.from(Article.class).where(Where.eq("id", 1)).include("tags", w -> w.ne("label", "math")).list();
            assertThat(labels(articles.get(0))).containsExactly("history");

            // the next level includes the children of the filtered level only
            log.clear();
            List<Author> authors = s.from(Author.class).orderBy("id")
                    .include("articles", w -> w.eq("published", true))
                    .include("articles.comments").list();
            assertThat(log.count()).isEqualTo(3);
            assertThat(authors.get(0).getArticles().getItems().get(0).getComments().getItems()).extracting(Comment::getBody)
                    .containsExactly("great", "meh");
            assertThat(log.statements().get(2)).as("comments of articles 1, 3 and 4 only").contains("IN (?, ?, ?)");
            // a filter on the nested level
            List<Author> again = s.from(Author.class).where(Where.eq("name", "Ada"))
                    .include("articles.comments", w -> w.eq("approved", true)).list();
            assertThat(again.get(0).getArticles().isFiltered()).isFalse();
            assertThat(again.get(0).getArticles().getItems().get(0).getComments().getItems()).extracting(Comment::getBody)
                    .containsExactly("great");
            assertThat(again.get(0).getArticles().getItems().get(0).getComments().isFiltered()).isTrue();
        }
    }

    @AllDatabases
    void changesThatNeedTheWholeRelationLoadItFirst(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Author ada = s.from(Author.class).where(Where.eq("name", "Ada"))
                    .include("mentees", w -> w.eq("name", "Brian")).first().orElseThrow();
            assertThat(ada.getMentees().getItems()).extracting(Author::getName).containsExactly("Brian");
            ada.getMentees().clear(); // loads Cleo too, then unlinks both
            assertThat(ada.getMentees().isFiltered()).isFalse();
            assertThat(ada.getMentees().getItems()).isEmpty();

            Article engines = s.from(Article.class).where(Where.eq("id", 1))
                    .include("tags", w -> w.eq("label", "history")).first().orElseThrow();
            assertThat(labels(engines)).containsExactly("history");
            engines.getTags().attach(3); // math: linked already, hidden by the filter; no second pivot row
            assertThat(labels(engines)).containsExactly("history", "math");
            s.flush();

            s.from(Article.class).where(Where.eq("id", 1)).include("tags", w -> w.eq("label", "history")).list();
            engines.getTags().syncByIds(List.of(2)); // exactly systems: history and math go
            s.commit();
        }
        assertThat(Dump.tables(db, "authors:id")).extracting(r -> r.replaceAll(".*name=(\\w+).*mentor_id=(\\w+).*", "$1:$2"))
                .containsExactly("Ada:null", "Brian:null", "Cleo:null", "Dan:2");
        assertThat(Dump.tables(db, "article_tags:tag_id")).filteredOn(r -> r.contains("article_id=1,"))
                .extracting(r -> r.replaceAll(".*tag_id=(\\d+).*", "$1")).containsExactly("2");
    }

    @AllDatabases
    void pendingChangesSurviveAReloadWholeOrFiltered(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Author brian = s.from(Author.class).where(Where.eq("name", "Brian")).include("articles").first().orElseThrow();
            Article draft = new Article();
            draft.setTitle("Plan 9");
            draft.setPublished(false);
            draft.setViews(0);
            draft.setCreatedAt(java.time.LocalDateTime.of(2024, 3, 1, 0, 0));
            brian.getArticles().add(draft);
            Article unix = brian.getArticles().getItems().get(1);
            s.remove(unix);
            s.from(Author.class).where(Where.eq("name", "Brian")).include("articles", w -> w.eq("published", false)).list();
            assertThat(titles(brian)).as("the new article shows, the removed one does not").containsExactly("Plan 9");
            brian.getArticles().load();
            assertThat(titles(brian)).containsExactly("C", "Plan 9");

            Author ada = s.from(Author.class).where(Where.eq("name", "Ada")).include("mentees").first().orElseThrow();
            Author cleo = ada.getMentees().getItems().get(1);
            ada.getMentees().remove(cleo); // her mentor_id is nulled at flush
            s.from(Author.class).where(Where.eq("name", "Ada")).include("mentees", w -> w.like("name", "%e%")).list();
            assertThat(ada.getMentees().getItems()).as("Cleo matches the filter, but was taken out").isEmpty();
            ada.getMentees().load();
            assertThat(ada.getMentees().getItems()).extracting(Author::getName).containsExactly("Brian");
            s.commit();
            brian.getArticles().load();
            assertThat(titles(brian)).containsExactly("C", "Plan 9");
        }
    }

    @AllDatabases
    void badIncludeFiltersAreExplained(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.from(Article.class).include("author", w -> w.eq("active", true)))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("include(\"author\", filter): articles.author is a belongsTo (one row or none); filters apply to "
                            + "collections (hasMany, belongsToMany). Include it without a filter, or filter the query with "
                            + "whereHas(\"author\", ...).");
            assertThatThrownBy(() -> s.from(Author.class).include("articles", w -> w.orderBy("viewz")))
                    .hasMessage("include(\"articles\", filter): orderBy(\"viewz\"): table articles "
                            + "(dev.metalorm.example.press.Article) has no column or property \"viewz\"; its columns are "
                            + "[id, author_id, title, published, views, rating, created_at, editor_id].");
            assertThatThrownBy(() -> s.from(Author.class).include("articles").include("articles", w -> w.eq("published", true)))
                    .hasMessage("include(\"articles\") is given twice, at least once with a filter; include each relation path once.");
            assertThatThrownBy(() -> s.from(Author.class).include("artikles"))
                    .hasMessage("include(\"artikles\"): table authors (dev.metalorm.example.press.Author) has no relation "
                            + "\"artikles\"; its relations are [articles, biography, mentor, mentees].");
            assertThatThrownBy(() -> s.from(Author.class).include("articles", w -> w.limit(0)))
                    .hasMessage("An include limit is the number of related rows per owner, at least 1; got 0");
        }
    }
}
