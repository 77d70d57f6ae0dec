package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Direction;
import dev.metalorm.query.Page;
import dev.metalorm.query.Query;
import dev.metalorm.query.Where;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** page(n, size) in two statements, and keyset paging with after(...). */
class PagingTest {
    private static List<Integer> ids(List<Article> articles) {
        return articles.stream().map(Article::getId).toList();
    }

    @AllDatabases
    void pagesCarryTheirItemsAndTheTotal(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            Page<Article> second = s.from(Article.class).orderBy("views", Direction.DESC).page(2, 4);
            assertThat(log.count()).as("the count, then the page").isEqualTo(2);
            assertThat(log.statements().get(0)).startsWith("SELECT COUNT(*) FROM");
            assertThat(ids(second.items())).containsExactly(5, 6);
            assertThat(second.total()).isEqualTo(6);
            assertThat(second.totalPages()).isEqualTo(2);
            assertThat(second.hasNext()).isFalse();
            assertThat(second.hasPrevious()).isTrue();
            // equal order values: the primary key keeps pages apart
            List<Integer> all = new ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                all.addAll(ids(s.from(Article.class).orderBy("published").page(p, 2).items()));
            }
            assertThat(all).containsExactly(2, 5, 6, 1, 3, 4);
            // with a condition on related rows, past the end, and for a projection
            Page<Author> authors = s.from(Author.class).whereHas("articles").orderBy("name").page(1, 2);
            assertThat(authors.items()).extracting(Author::getName).containsExactly("Ada", "Brian");
            assertThat(authors.total()).isEqualTo(3);
            assertThat(s.from(Author.class).page(9, 10).items()).isEmpty();
            assertThat(s.from(Author.class).page(9, 10).total()).isEqualTo(4);
            Page<Map<String, Object>> names = s.from(Author.class).orderBy("name", Direction.DESC).select("name").page(1, 3);
            assertThat(names.items()).extracting(m -> m.get("name")).containsExactly("Dan", "Cleo", "Brian");
            assertThat(names.totalPages()).isEqualTo(2);

            assertThatThrownBy(() -> s.from(Article.class).page(0, 10))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("page(0, 10) on articles: pages are numbered from 1 and hold at least 1 row.");
            assertThatThrownBy(() -> s.from(Article.class).limit(5).page(1, 10))
                    .hasMessage("page(1, 10) on articles sets the limit and offset itself; drop limit(), offset() and after() from "
                            + "the query.");
        }
    }

    @AllDatabases
    void keysetPagingFollowsTheOrderWithThePrimaryKeyLast(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            // by a non-unique column: the primary key is added, and takes the second value
            List<Integer> seen = new ArrayList<>();
            Article last = null;
            do {
                Query<Article> q = s.from(Article.class).orderBy("published", Direction.DESC).limit(2);
                List<Article> page = last == null ? q.list() : q.after(last).list();
                seen.addAll(ids(page));
                last = page.isEmpty() ? null : page.get(page.size() - 1);
            } while (last != null);
            assertThat(seen).containsExactly(1, 3, 4, 2, 5, 6);
            assertThat(log.statements().get(1)).contains("WHERE (").contains(" < ? OR (")
                    .endsWith(db.kind() == dev.metalorm.testing.DatabaseKind.MYSQL ? "ORDER BY `published` DESC, `id` LIMIT ?"
                            : db.kind() == dev.metalorm.testing.DatabaseKind.H2 ? "ORDER BY \"published\" DESC, \"id\" FETCH FIRST ? ROWS ONLY"
                            : "ORDER BY \"published\" DESC, \"id\" FETCH FIRST ? ROWS ONLY");
            // by values, a composite order, descending and ascending mixed
            assertThat(ids(s.from(Article.class).orderBy("author_id").orderBy("views", Direction.DESC)
                    .after(1, 50, 3).list())).containsExactly(2, 4, 5, 6);
            assertThat(ids(s.from(Article.class).orderBy("created_at").after(LocalDateTime.of(2024, 1, 4, 10, 0), 4).limit(10).list()))
                    .containsExactly(5, 6);
            // with a condition, and for a projection
            assertThat(s.from(Article.class).where(Where.eq("published", true)).orderBy("id").after(1).select("title").list())
                    .extracting(m -> m.get("title")).containsExactly("Loops", "C");

            assertThatThrownBy(() -> s.from(Article.class).orderBy("rating").after(new Object[] {null, 1}).list())
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("after(...) on articles: the order column rating is nullable, and NULLs have no place in \"rows "
                            + "after x\" (they would be skipped). Order by non-null columns (the primary key is added last by "
                            + "itself).");
            assertThatThrownBy(() -> s.from(Article.class).orderBy("created_at").after(LocalDateTime.of(2024, 1, 1, 0, 0)).list())
                    .hasMessage("after(...) on articles takes one value per order column [created_at, id] (the primary key is "
                            + "added to the order when it is missing); got 1 value(s). Pass the last row itself: after(lastRow).");
            assertThatThrownBy(() -> s.from(Article.class).orderBy("author.name").after("Ada", 1).list())
                    .hasMessage("after(...) on articles pages by the query's order, which must name columns of articles itself; a "
                            + "related column or an aggregate cannot be paged by key.");
            assertThatThrownBy(() -> s.from(Article.class).orderBy("views").after("many", 1).list())
                    .hasMessage("Column articles.views takes Integer values, not String (many)");
        }
    }
}
