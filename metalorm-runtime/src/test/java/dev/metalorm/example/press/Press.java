package dev.metalorm.example.press;

import dev.metalorm.MetalOrm;
import dev.metalorm.StatementListener;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.testing.TestDatabase;
import javax.sql.DataSource;

/**
 * A small press: authors (with mentors), their articles, comments, tags through a pivot, and
 * biographies; the same rows on every engine, so that every query test can name its expected rows.
 *
 * <pre>
 * authors   1 Ada (active, karma 10)   2 Brian (active, 5, mentor Ada)   3 Cleo (inactive, 0, mentor Ada)   4 Dan (active, 7, mentor Brian)
 * articles  1 Ada "Engines" published 100 views 4.50 editor Brian   2 Ada "Notes" draft 10   3 Ada "Loops" published 50 3.00 editor Cleo
 *           4 Brian "C" published 300 5.00 editor Ada   5 Brian "Unix" draft 5   6 Cleo "Drafts" draft 0
 * comments  1 on 1 "great" approved, 2 on 1 "meh", 3 on 3 "nice" approved, 4 on 4 "classic" approved, 5 on 6 "spam"
 * tags      1 history, 2 systems, 3 math;  article_tags (1,1) (1,3) (3,3) (4,2) (5,2)
 * bios      Ada, Brian
 * </pre>
 */
public final class Press {
    private Press() {
    }

    public static MetalOrm orm(DataSource dataSource) {
        return MetalOrm.builder(dataSource).entities(Author.class).build();
    }

    public static MetalOrm orm(DataSource dataSource, StatementListener listener) {
        return MetalOrm.builder(dataSource).entities(Author.class).statementListener(listener).build();
    }

    public static void create(TestDatabase db) {
        String ts = ExampleSchema.timestamp(db);
        String bool = "BOOLEAN";
        db.execute(
                "CREATE TABLE authors (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(100) NOT NULL, "
                        + "email VARCHAR(100) NOT NULL UNIQUE, active " + bool + " NOT NULL, joined_on DATE, "
                        + "karma INT NOT NULL, mentor_id INT, FOREIGN KEY (mentor_id) REFERENCES authors (id))",
                "CREATE TABLE articles (" + ExampleSchema.serialKey(db, "id") + ", author_id INT NOT NULL, "
                        + "title VARCHAR(200) NOT NULL, published " + bool + " NOT NULL, views INT NOT NULL, rating DECIMAL(5, 2), "
                        + "created_at " + ts + " NOT NULL, editor_id INT, FOREIGN KEY (author_id) REFERENCES authors (id), "
                        + "FOREIGN KEY (editor_id) REFERENCES authors (id))",
                "CREATE TABLE comments (" + ExampleSchema.serialKey(db, "id") + ", article_id INT NOT NULL, "
                        + "body VARCHAR(200) NOT NULL, approved " + bool + " NOT NULL, FOREIGN KEY (article_id) REFERENCES articles (id))",
                "CREATE TABLE tags (" + ExampleSchema.serialKey(db, "id") + ", label VARCHAR(50) NOT NULL UNIQUE)",
                "CREATE TABLE article_tags (article_id INT NOT NULL, tag_id INT NOT NULL, tagged_at " + ts + ", "
                        + "PRIMARY KEY (article_id, tag_id), FOREIGN KEY (article_id) REFERENCES articles (id), "
                        + "FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "CREATE TABLE biographies (" + ExampleSchema.serialKey(db, "id") + ", author_id INT UNIQUE, text VARCHAR(200), "
                        + "FOREIGN KEY (author_id) REFERENCES authors (id))");
    }

    public static void seed(TestDatabase db) {
        create(db);
        db.execute(
                "INSERT INTO authors (name, email, active, joined_on, karma, mentor_id) VALUES "
                        + "('Ada', 'ada@x', TRUE, DATE '2020-01-01', 10, NULL)",
                "INSERT INTO authors (name, email, active, joined_on, karma, mentor_id) VALUES "
                        + "('Brian', 'brian@x', TRUE, DATE '2021-01-01', 5, 1)",
                "INSERT INTO authors (name, email, active, joined_on, karma, mentor_id) VALUES "
                        + "('Cleo', 'cleo@x', FALSE, NULL, 0, 1)",
                "INSERT INTO authors (name, email, active, joined_on, karma, mentor_id) VALUES "
                        + "('Dan', 'dan@x', TRUE, DATE '2023-01-01', 7, 2)",
                article(1, "Engines", true, 100, "4.50", 1, "2"),
                article(1, "Notes", false, 10, null, 2, null),
                article(1, "Loops", true, 50, "3.00", 3, "3"),
                article(2, "C", true, 300, "5.00", 4, "1"),
                article(2, "Unix", false, 5, null, 5, null),
                article(3, "Drafts", false, 0, null, 6, null),
                "INSERT INTO comments (article_id, body, approved) VALUES (1, 'great', TRUE)",
                "INSERT INTO comments (article_id, body, approved) VALUES (1, 'meh', FALSE)",
                "INSERT INTO comments (article_id, body, approved) VALUES (3, 'nice', TRUE)",
                "INSERT INTO comments (article_id, body, approved) VALUES (4, 'classic', TRUE)",
                "INSERT INTO comments (article_id, body, approved) VALUES (6, 'spam', FALSE)",
                "INSERT INTO tags (label) VALUES ('history')",
                "INSERT INTO tags (label) VALUES ('systems')",
                "INSERT INTO tags (label) VALUES ('math')",
                "INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (1, 1, TIMESTAMP '2024-02-01 00:00:00')",
                "INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (1, 3, TIMESTAMP '2024-02-02 00:00:00')",
                "INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (3, 3, TIMESTAMP '2024-02-03 00:00:00')",
                "INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (4, 2, TIMESTAMP '2024-02-04 00:00:00')",
                "INSERT INTO article_tags (article_id, tag_id, tagged_at) VALUES (5, 2, TIMESTAMP '2024-02-05 00:00:00')",
                "INSERT INTO biographies (author_id, text) VALUES (1, 'first programmer')",
                "INSERT INTO biographies (author_id, text) VALUES (2, 'K&R')");
    }

    private static String article(int author, String title, boolean published, int views, String rating, int day, String editor) {
        return "INSERT INTO articles (author_id, title, published, views, rating, created_at, editor_id) VALUES (" + author + ", '"
                + title + "', " + (published ? "TRUE" : "FALSE") + ", " + views + ", " + (rating == null ? "NULL" : rating) + ", "
                + "TIMESTAMP '2024-01-0" + day + " 10:00:00', " + (editor == null ? "NULL" : editor) + ")";
    }
}
