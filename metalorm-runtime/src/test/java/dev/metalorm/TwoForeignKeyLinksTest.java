package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Where;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;

/**
 * A row with two foreign keys to one parent table, both pointed at new parents before flush: the
 * session keeps one pending link per foreign key (the first without a map, a second beside it),
 * and setting one again replaces only that one.
 */
class TwoForeignKeyLinksTest {
    @AllDatabases
    void bothForeignKeysOfANewRowPointAtNewParents(TestDatabase db) {
        Press.create(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Author writer = new Author("Eve", "eve@example.com");
            Author firstEditor = new Author("Fay", "fay@example.com");
            Author editor = new Author("Gus", "gus@example.com");
            s.persist(writer);
            Article article = new Article();
            article.setTitle("Links");
            article.setPublished(false);
            article.setViews(0);
            article.setCreatedAt(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
            writer.getArticles().add(article); // the first link: author_id, and the article's reference names the writer
            article.getEditor().set(firstEditor); // a second foreign key: editor_id
            article.getEditor().set(editor); // the same foreign key again: replaces the pending link
            assertThat(article.getAuthor().get()).isSameAs(writer);
            assertThat(article.getEditor().get()).isSameAs(editor);
            s.commit();
            assertThat(article.getAuthorId()).isEqualTo(writer.getId()).isNotNull();
            assertThat(article.getEditorId()).isEqualTo(editor.getId()).isNotNull();
            assertThat(firstEditor.getId()).isNotNull().isNotEqualTo(editor.getId());
            assertThat(article.getAuthor().get()).isSameAs(writer); // still loaded after the flush wrote the key
        }
        try (Session s = orm.openSession()) {
            Article read = s.from(Article.class).where(Where.eq("title", "Links")).list().get(0);
            assertThat(read.getAuthor().load().getName()).isEqualTo("Eve");
            assertThat(read.getEditor().load().getName()).isEqualTo("Gus");
            read.getEditor().set(null);
            read.getAuthor().set(s.from(Author.class).where(Where.eq("name", "Fay")).list().get(0));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Article read = s.from(Article.class).where(Where.eq("title", "Links")).list().get(0);
            assertThat(read.getEditorId()).isNull();
            assertThat(read.getAuthor().load().getName()).isEqualTo("Fay");
        }
    }
}
