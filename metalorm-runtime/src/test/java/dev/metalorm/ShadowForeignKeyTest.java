package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.query.Where;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Issue 11 item 8 (the relation-only part): entities that map a foreign key only by its relation,
 * as MetalORM's {@code author: belongsTo(...)} does. The session keeps those values (shadow
 * columns): read by every SELECT, written from the relation, used for loading and in where().
 */
class ShadowForeignKeyTest {
    @Entity("writers")
    public static class Writer {
        @Id(generated = true)
        @Column(name = "id")
        Integer id;
        @Column(name = "name")
        String name;
        @HasMany(target = Book.class, foreignKey = "writer_id")
        HasManyCollection<Book> books;

        public Writer() {
        }

        Writer(String name) {
            this.name = name;
        }
    }

    /** No field for writer_id: only the relation. */
    @Entity("books")
    public static class Book {
        @Id(generated = true)
        @Column(name = "id")
        Integer id;
        @Column(name = "title")
        String title;
        @BelongsTo(target = Writer.class, foreignKey = "writer_id")
        BelongsToReference<Writer> writer;
        @BelongsToMany(target = Genre.class, pivotTable = BookGenre.class, pivotForeignKeyToRoot = "book_id",
                pivotForeignKeyToTarget = "genre_id")
        ManyToManyCollection<Genre> genres;

        public Book() {
        }

        Book(String title) {
            this.title = title;
        }
    }

    @Entity("genres")
    public static class Genre {
        @Id(generated = true)
        @Column(name = "id")
        Integer id;
        @Column(name = "label")
        String label;
    }

    /** A junction mapping its keys only by its two relations, and a payload. */
    @Entity("book_genres")
    public static class BookGenre {
        @BelongsTo(target = Book.class, foreignKey = "book_id")
        BelongsToReference<Book> book;
        @BelongsTo(target = Genre.class, foreignKey = "genre_id")
        BelongsToReference<Genre> genre;
        @Column(name = "note")
        String note;
    }

    static MetalOrm create(TestDatabase db, StatementLog log) {
        db.execute("CREATE TABLE writers (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50))",
                "CREATE TABLE books (" + ExampleSchema.serialKey(db, "id") + ", title VARCHAR(50), writer_id INT, "
                        + "FOREIGN KEY (writer_id) REFERENCES writers (id))",
                "CREATE TABLE genres (" + ExampleSchema.serialKey(db, "id") + ", label VARCHAR(50))",
                "CREATE TABLE book_genres (book_id INT NOT NULL, genre_id INT NOT NULL, note VARCHAR(50), "
                        + "PRIMARY KEY (book_id, genre_id), FOREIGN KEY (book_id) REFERENCES books (id), "
                        + "FOREIGN KEY (genre_id) REFERENCES genres (id))",
                "INSERT INTO genres (label) VALUES ('poetry')", "INSERT INTO genres (label) VALUES ('essay')");
        return MetalOrm.builder(db.dataSource()).entities(Writer.class, BookGenre.class).statementListener(log).build();
    }

    @AllDatabases
    void aForeignKeyMappedOnlyByItsRelationIsWrittenReadAndQueried(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = create(db, log);
        try (Session s = orm.openSession()) {
            Writer ada = new Writer("Ada");
            Writer bob = new Writer("Bob");
            s.persist(ada);
            s.persist(bob);
            Book notes = new Book("Notes");
            s.persist(notes);
            notes.writer.set(ada);              // the key comes from the relation
            ada.books.add(new Book("Letters")); // and from the parent's side
            bob.books.add(new Book("Poems"));
            s.commit();
        }
        assertThat(Dump.tables(db, "books:id")).containsExactly("books(id=1, title=Notes, writer_id=1)",
                "books(id=2, title=Letters, writer_id=1)", "books(id=3, title=Poems, writer_id=2)");
        try (Session s = orm.openSession()) {
            Book notes = s.find(Book.class, 1);
            assertThat(notes.writer.load().name).as("loaded by the key read with the row").isEqualTo("Ada");
            assertThat(s.from(Book.class).where(Where.eq("writer_id", 2)).list()).extracting(b -> b.title).containsExactly("Poems");
            List<Writer> writers = s.from(Writer.class).orderBy("id").include("books").list();
            assertThat(writers.get(0).books.getItems()).extracting(b -> b.title).containsExactly("Notes", "Letters");
            assertThat(s.from(Book.class).orderByDesc("writer_id").orderBy("id").list()).extracting(b -> b.title)
                    .containsExactly("Poems", "Notes", "Letters");
            notes.writer.set(writers.get(1)); // moved to Bob
            writers.get(0).books.remove(s.find(Book.class, 2)); // nullable: unlinked
            log.clear();
            s.commit();
            assertThat(log.only("UPDATE")).containsExactly("UPDATE " + SessionTest.q(db, "books") + " SET "
                    + SessionTest.q(db, "writer_id") + " = ? WHERE " + SessionTest.q(db, "id") + " = ?");
        }
        assertThat(Dump.tables(db, "books:id")).containsExactly("books(id=1, title=Notes, writer_id=2)",
                "books(id=2, title=Letters, writer_id=null)", "books(id=3, title=Poems, writer_id=2)");
    }

    @AllDatabases
    void aJunctionMappingOnlyItsRelationsWorksThroughTheManyToMany(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = create(db, log);
        try (Session s = orm.openSession()) {
            Book book = new Book("Odes");
            s.persist(book);
            Genre poetry = s.find(Genre.class, 1);
            book.genres.attach(poetry, Map.of("note", "mostly"));
            book.genres.attach(2);
            s.commit();
        }
        assertThat(Dump.tables(db, "book_genres:genre_id")).containsExactly("book_genres(book_id=1, genre_id=1, note=mostly)",
                "book_genres(book_id=1, genre_id=2, note=null)");
        try (Session s = orm.openSession()) {
            Book book = s.find(Book.class, 1);
            assertThat(book.genres.load()).extracting(g -> g.label).containsExactly("poetry", "essay");
            assertThat(book.genres.pivotValues(book.genres.getItems().get(0))).containsEntry("note", "mostly");
            List<BookGenre> links = s.from(BookGenre.class).where(Where.eq("book_id", 1)).orderBy("genre_id").list();
            assertThat(links).extracting(l -> l.note).containsExactly("mostly", null);
            book.genres.detach(2);
            s.commit();
        }
        assertThat(Dump.tables(db, "book_genres:genre_id")).containsExactly("book_genres(book_id=1, genre_id=1, note=mostly)");
    }
}
