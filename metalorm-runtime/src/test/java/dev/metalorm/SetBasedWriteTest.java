package dev.metalorm;

import static dev.metalorm.query.Where.eq;
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
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** update(...)/delete(...) over matching rows and upserts, with the session kept consistent. */
class SetBasedWriteTest {
    private static List<String> column(TestDatabase db, String table, String order, String column) {
        return Dump.tables(db, table + ":" + order).stream().map(r -> r.replaceAll(".*[(, ]" + column + "=([^,)]*).*", "$1")).toList();
    }

    @AllDatabases
    void updateFlushesFirstAndRefreshesTheSessionsInstances(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            List<Author> authors = s.from(Author.class).orderBy("id").include("articles").list();
            Author ada = authors.get(0);
            Author dan = authors.get(3);
            ada.setKarma(99); // pending: flushed before the update, which then overwrites it
            int rows = s.update(Author.class).set("active", false).set("karma", 1)
                    .whereHasNot("articles", w -> w.eq("published", true)).where(Where.ne("name", "Nobody")).execute();
            assertThat(rows).isEqualTo(2); // Cleo and Dan
            assertThat(dan.getActive()).as("refreshed from the database").isFalse();
            assertThat(dan.getKarma()).isEqualTo(1);
            assertThat(ada.getKarma()).isEqualTo(99);
            assertThat(ada.getArticles().isLoaded()).as("a change of non-key columns leaves relations loaded").isTrue();
            s.update(Author.class).set("karma", 0).where(eq("name", "Ada")).execute();
            assertThat(ada.getKarma()).isEqualTo(0);
            log.clear();
            s.commit();
            assertThat(log.only("UPDATE")).as("the refreshed instances are not dirty").isEmpty();
        }
        assertThat(column(db, "authors", "id", "karma")).containsExactly("0", "5", "1", "1");
        assertThat(column(db, "authors", "id", "active")).containsExactly("true", "true", "false", "false");
    }

    @AllDatabases
    void movingRowsBetweenOwnersUnloadsTheCollectionsTheyMoveBetween(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            List<Author> authors = s.from(Author.class).orderBy("id").include("articles").list();
            Article notes = authors.get(0).getArticles().getItems().get(1);
            assertThat(s.update(Article.class).set("author_id", 4).where(eq("title", "Notes")).execute()).isEqualTo(1);
            assertThat(authors.get(0).getArticles().isLoaded()).isFalse();
            assertThat(authors.get(3).getArticles().isLoaded()).isFalse();
            assertThat(authors.get(3).getArticles().load()).containsExactly(notes);
            assertThat(notes.getAuthor().load()).isSameAs(authors.get(3));
            assertThat(authors.get(0).getArticles().getItems()).extracting(Article::getTitle).containsExactly("Engines", "Loops");
        }
    }

    @AllDatabases
    void deleteDetachesWhatIsGoneAndUnloadsCollectionsIntoTheTable(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Article engines = s.from(Article.class).where(eq("id", 1)).include("comments").first().orElseThrow();
            Comment meh = engines.getComments().getItems().get(1);
            Comment great = engines.getComments().getItems().get(0);
            assertThat(s.delete(Comment.class).where(eq("approved", false)).execute()).isEqualTo(2);
            assertThat(s.contains(meh)).as("its row is gone: detached").isFalse();
            assertThat(s.contains(great)).isTrue();
            assertThat(engines.getComments().isLoaded()).isFalse();
            assertThat(engines.getComments().load()).containsExactly(great);
            // through related rows; a condition on the table itself (mentees of authors) on every database
            assertThat(s.delete(Comment.class).whereHas("article.author", w -> w.eq("name", "Brian")).execute()).isEqualTo(1);
            assertThat(s.update(Author.class).set("karma", 3).whereHas("mentees").execute()).isEqualTo(2);
            assertThatThrownBy(() -> s.delete(Comment.class).execute())
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("delete(comments) has no condition, so it would delete every row. Add where(...), or call all() if "
                            + "every row is meant.");
            assertThat(s.delete(Comment.class).all().execute()).isEqualTo(2);
            s.commit();
        }
        assertThat(Dump.count(db, "comments")).isZero();
        assertThat(column(db, "authors", "id", "karma")).containsExactly("3", "3", "0", "7");
    }

    @AllDatabases
    void badSetsAreRefusedBeforeAnythingRuns(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.update(Author.class).set("id", 5))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("update(authors).set(\"id\"): id is part of the primary key, and the session keys its instances by "
                            + "it. Change keys with plain SQL (session.sql) and clear the session.");
            assertThatThrownBy(() -> s.update(Author.class).set("nam", "x"))
                    .hasMessage("Table authors (dev.metalorm.example.press.Author) has no column or property \"nam\"; its columns "
                            + "are [id, name, email, active, joined_on, karma, mentor_id]");
            assertThatThrownBy(() -> s.update(Author.class).set("karma", "high"))
                    .hasMessage("Column authors.karma takes Integer values, not String (high)");
            assertThatThrownBy(() -> s.update(Author.class).set("name", null))
                    .hasMessage("update(authors).set(\"name\", null): name is not nullable.");
            assertThatThrownBy(() -> s.update(Author.class).where(eq("id", 1)).execute())
                    .hasMessage("update(authors) sets nothing; call set(column, value) first.");
            assertThatThrownBy(() -> s.update(Author.class).set("karma", 1).execute())
                    .hasMessage("update(authors) has no condition, so it would update every row. Add where(...), or call all() if "
                            + "every row is meant.");
            assertThat(log.count()).isZero();
        }
    }

    @AllDatabases
    void upsertsOfValuesCountEachRowOnce(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Tag math = s.find(Tag.class, 3);
            int rows = s.upsert(Tag.class).onConflict("label")
                    .values(Map.of("label", "math")).values(Map.of("label", "poetry")).execute();
            assertThat(rows).as("one updated (MySQL counts it 2), one inserted").isEqualTo(2);
            assertThat(s.find(Tag.class, 3)).isSameAs(math);
            // only the columns named in update(...) change on an existing row
            assertThat(s.upsert(Author.class).onConflict("email").update("name")
                    .values(Map.of("email", "ada@x", "name", "Ada L.", "active", false, "karma", 1)).execute()).isEqualTo(1);
            // by primary key, with an explicit id
            assertThat(s.upsert(Tag.class).values(Map.of("id", 1, "label", "old history")).execute()).isEqualTo(1);
            s.commit();
        }
        assertThat(column(db, "tags", "id", "label")).containsExactly("old history", "systems", "math", "poetry");
        assertThat(Dump.tables(db, "authors:id").get(0)).contains("name=Ada L.").contains("active=true").contains("karma=10");
    }

    @AllDatabases
    void upsertingAnEntityReturnsItManagedWithItsKey(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            Author held = s.find(Author.class, 1);
            Author again = new Author("Ada King", "ada@x");
            Author result = s.upsert(again, "email");
            assertThat(result).as("the session's instance for the row").isSameAs(held);
            assertThat(held.getName()).isEqualTo("Ada King");
            assertThat(held.getKarma()).isEqualTo(0);
            assertThat(s.contains(again)).isFalse();

            Author eve = new Author("Eve", "eve@x");
            assertThat(s.upsert(eve, "email")).isSameAs(eve);
            // its generated key, read back; MySQL and PostgreSQL used up a key value on Ada's upsert, which updated
            assertThat(eve.getId()).isEqualTo(db.kind() == DatabaseKind.H2 ? 5 : 6);
            assertThat(s.contains(eve)).isTrue();
            assertThat(eve.getArticles().load()).isEmpty();
            eve.setKarma(42);

            Tag renamed = s.upsert(new Tag(2, "operating systems"));
            assertThat(renamed.getLabel()).isEqualTo("operating systems");
            assertThatThrownBy(() -> s.upsert(new Author("Fay", "fay@x")))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("upsert of a authors row on conflict [id]: id is null (generated); give it, or name a unique key: "
                            + "upsert(entity, \"column\").");
            assertThatThrownBy(() -> s.upsert(eve))
                    .hasMessageStartingWith("upsert(" + eve + "): it is already in this session; change it and flush instead.");
            assertThatThrownBy(() -> s.upsert(Author.class).onConflict("e_mail"))
                    .hasMessage("Table authors (dev.metalorm.example.press.Author) has no column or property \"e_mail\"; its "
                            + "columns are [id, name, email, active, joined_on, karma, mentor_id]");
            assertThatThrownBy(() -> s.upsert(Author.class).values(Map.of("nme", "x")))
                    .hasMessageStartingWith("Table authors (dev.metalorm.example.press.Author) has no column or property \"nme\"");
            assertThatThrownBy(() -> s.upsert(Author.class).onConflict("email").values(Map.of("name", "x")).execute())
                    .hasMessage("upsert(authors) on conflict [email] needs a value for email in every row; the rows give [name].");
            s.commit();
        }
        assertThat(column(db, "authors", "id", "name")).containsExactly("Ada King", "Brian", "Cleo", "Dan", "Eve");
        assertThat(column(db, "authors", "id", "karma")).containsExactly("0", "5", "0", "7", "42");
        assertThat(column(db, "tags", "id", "label")).containsExactly("history", "operating systems", "math");
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresNeedsAUniqueKeyForTheConflictColumns(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.upsert(Author.class).onConflict("name").values(Map.of("name", "Ada", "email", "a2@x",
                    "active", true, "karma", 1)).execute())
                    .isInstanceOf(StatementException.class)
                    .hasMessageContaining("there is no unique or exclusion constraint matching the ON CONFLICT specification");
        }
    }

    @AllDatabases
    void aSetBasedUpdateAdvancesTheVersionSoStaleInstancesFailTheirCheck(TestDatabase db) {
        OptimisticLockTest.create(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(OptimisticLockTest.Doc.class, OptimisticLockTest.Stamped.class)
                .statementListener(log).build();
        db.execute("INSERT INTO documents (id, title, version) VALUES (1, 'a', 1)", "INSERT INTO documents (id, title, version) "
                + "VALUES (2, 'b', NULL)", "INSERT INTO stamped (id, title, changed_at) VALUES (1, 'a', TIMESTAMP '2024-01-01 00:00:00')");
        try (Session mine = orm.openSession(); Session theirs = orm.openSession()) {
            OptimisticLockTest.Doc stale = mine.find(OptimisticLockTest.Doc.class, 1);
            OptimisticLockTest.Doc held = theirs.find(OptimisticLockTest.Doc.class, 1);
            assertThat(theirs.update(OptimisticLockTest.Doc.class).set("title", "bulk").all().execute()).isEqualTo(2);
            assertThat(log.statements().get(log.count() - 2)).endsWith(WhereHasTest.quoted(db, "SET `title` = ?, `version` = "
                    + "COALESCE(`version`, 0) + 1"));
            assertThat(held.version).as("refreshed").isEqualTo(2);
            held.title = "theirs";
            theirs.commit(); // checked against the refreshed version: passes
            stale.title = "mine";
            assertThatThrownBy(mine::commit).isInstanceOf(OptimisticLockException.class);

            OptimisticLockTest.Stamped stamped = theirs.find(OptimisticLockTest.Stamped.class, 1);
            theirs.update(OptimisticLockTest.Stamped.class).set("title", "bulk").where(eq("id", 1)).execute();
            assertThat(stamped.changedAt).isAfter(java.time.LocalDateTime.of(2024, 1, 1, 0, 0));
            assertThatThrownBy(() -> theirs.update(OptimisticLockTest.Doc.class).set("version", 9))
                    .hasMessage("update(documents).set(\"version\"): version is the @Version column; update() advances it on "
                            + "every row it changes.");
        }
        assertThat(Dump.tables(db, "documents:id")).containsExactly("documents(id=1, title=theirs, version=3)",
                "documents(id=2, title=bulk, version=1)");
    }
}
