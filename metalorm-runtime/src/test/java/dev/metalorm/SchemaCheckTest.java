package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.User;
import dev.metalorm.support.CountingDataSource;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;

/**
 * Issue 11 item 8: build() checks the mapped tables and columns against the database and names
 * every mismatch in one error, with the name probably meant and the names there are.
 */
class SchemaCheckTest {
    @Entity("authors")
    public static class Author {
        @Id(generated = true)
        Integer id;
        String name;
    }

    /** Three wrong columns: a Java-style name, a typo, one with no near name. */
    @Entity("articles")
    public static class Article {
        @Id(generated = true)
        Integer id;
        Integer authorId;
        @Column(name = "titel")
        String title;
        Integer rating;
    }

    /** A misspelt table. */
    @Entity("coments")
    public static class Comment {
        @Id(generated = true)
        Integer id;
    }

    /** A table the database does not have at all. */
    @Entity("tags")
    public static class Tag {
        @Id(generated = true)
        Integer id;
    }

    static void createTables(TestDatabase db) {
        db.execute("CREATE TABLE authors (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(100))",
                "CREATE TABLE articles (" + ExampleSchema.serialKey(db, "id") + ", author_id INT, title VARCHAR(100), body TEXT)",
                "CREATE TABLE comments (" + ExampleSchema.serialKey(db, "id") + ", article_id INT)");
    }

    @AllDatabases
    void everyMismatchIsNamedInOneError(TestDatabase db) {
        createTables(db);
        assertThatThrownBy(() -> MetalOrm.builder(db.dataSource()).entities(Author.class, Article.class, Comment.class, Tag.class).build())
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
                    assertThat(e.mismatches()).containsExactly(
                            "articles (" + Article.class.getName() + "): column \"authorId\" (field authorId) not found,"
                                    + " did you mean \"author_id\"? Its columns are [id, author_id, title, body].",
                            "articles (" + Article.class.getName() + "): column \"titel\" (field title) not found,"
                                    + " did you mean \"title\"? Its columns are [id, author_id, title, body].",
                            "articles (" + Article.class.getName() + "): column \"rating\" (field rating) not found."
                                    + " Its columns are [id, author_id, title, body].",
                            "table \"coments\" (" + Comment.class.getName() + ") not found in the current schema, did you mean \"comments\"?",
                            "table \"tags\" (" + Tag.class.getName() + ") not found in the current schema."
                                    + " Its tables are [articles, authors, comments].");
                    assertThat(e.getMessage()).startsWith("The database (" + MetalOrm.builder(db.dataSource()).checkSchema(false).build().dialectName()
                                    + ") does not match the mapped model: 5 mismatches in 4 tables:\n  - articles (")
                            .endsWith("\nFix the mapping or the database, or skip this check with MetalOrm.builder(...).checkSchema(false).");
                });
    }

    @AllDatabases
    void theCheckCanBeTurnedOff(TestDatabase db) {
        createTables(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Comment.class, Tag.class).checkSchema(false).build();
        assertThat(orm.model().findTable("tags")).isPresent();
    }

    @AllDatabases
    void aMatchingModelBuildsWithOneCatalogQueryWhateverItsSize(TestDatabase db) {
        ExampleSchema.create(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm.builder(counting).entities(User.class).checkSchema(false).build();
        int without = counting.statements();
        counting.reset();
        MetalOrm orm = MetalOrm.builder(counting).entities(User.class).build();
        assertThat(orm.model().tables()).hasSize(5);
        assertThat(counting.statements() - without).isEqualTo(1);

        createTables(db);
        counting.reset();
        // a table present with a wrong column: still the one query (the table list is read only for a missing table)
        assertThatThrownBy(() -> MetalOrm.builder(counting).entities(User.class, Article.class).build())
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("3 mismatches in 6 tables");
        assertThat(counting.statements() - without).isEqualTo(1);
    }

    /** What the plugin generates for a materialized view (Pagila's rental_by_category): read-only, no key. */
    @Entity("author_names")
    public static class AuthorName {
        @Column(name = "name")
        String name;
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void aMaterializedViewIsFoundAndPartitionsAreNotListedAsTables(TestDatabase db) {
        createTables(db);
        db.execute("INSERT INTO authors (name) VALUES ('ada')",
                "CREATE MATERIALIZED VIEW author_names AS SELECT name FROM authors",
                "CREATE TABLE events (id INT, day DATE NOT NULL) PARTITION BY RANGE (day)",
                "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(AuthorName.class).build();
        try (Session s = orm.openSession()) {
            assertThat(s.from(AuthorName.class).list()).extracting(a -> a.name).containsExactly("ada");
        }
        assertThatThrownBy(() -> MetalOrm.builder(db.dataSource()).entities(Tag.class).build())
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> assertThat(e.mismatches()).containsExactly(
                        "table \"tags\" (" + Tag.class.getName() + ") not found in the current schema."
                                + " Its tables are [articles, author_names, authors, comments, events]."));
    }
}
