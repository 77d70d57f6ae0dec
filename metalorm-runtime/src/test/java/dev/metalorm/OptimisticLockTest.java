package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.annotation.Version;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;

/** Issue 12, optimistic locking: {@code @Version} checked by every UPDATE and DELETE, batched or not. */
class OptimisticLockTest {
    @Entity("documents")
    public static class Doc {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "title")
        String title;
        @Version
        @Column(name = "version")
        Integer version;

        public Doc() {
        }

        Doc(Integer id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    @Entity("stamped")
    public static class Stamped {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "title")
        String title;
        @Version
        @Column(name = "changed_at")
        LocalDateTime changedAt;
    }

    static void create(TestDatabase db) {
        db.execute("CREATE TABLE documents (id INT PRIMARY KEY, title VARCHAR(50), version INT)",
                "CREATE TABLE stamped (id INT PRIMARY KEY, title VARCHAR(50), changed_at " + ExampleSchema.timestamp(db) + ")");
    }

    @AllDatabases
    void anIntegerVersionIsSetIncrementedAndChecked(TestDatabase db) {
        create(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Doc.class).statementListener(log).build();
        try (Session s = orm.openSession()) {
            s.persist(new Doc(1, "draft"));
            s.commit();
        }
        assertThat(Dump.tables(db, "documents:id")).containsExactly("documents(id=1, title=draft, version=1)");
        try (Session mine = orm.openSession(); Session theirs = orm.openSession()) {
            Doc a = mine.find(Doc.class, 1);
            Doc b = theirs.find(Doc.class, 1);
            b.title = "theirs";
            theirs.commit();
            assertThat(b.version).isEqualTo(2);
            log.clear();
            a.title = "mine";
            assertThatThrownBy(mine::commit)
                    .isInstanceOf(OptimisticLockException.class)
                    .hasMessage("Optimistic lock failed on documents row [1]: the session read version 1, but the row was changed "
                            + "or deleted by someone else since (the UPDATE matched no row with that version); the flush was "
                            + "rolled back. Read the row again and reapply the change.");
            assertThat(log.statements()).containsExactly("UPDATE " + SessionTest.q(db, "documents") + " SET "
                    + SessionTest.q(db, "title") + " = ?, " + SessionTest.q(db, "version") + " = ? WHERE " + SessionTest.q(db, "id")
                    + " = ? AND " + SessionTest.q(db, "version") + " = ?");
            b.version = 40; // the session's, not the entity's: undone
            b.title = "theirs again";
            theirs.commit();
            assertThat(b.version).isEqualTo(3);
            Doc stale = mine.find(Doc.class, 1);
            theirs.remove(b);
            theirs.commit();
            mine.remove(stale);
            OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, mine::commit);
            assertThat(e.table()).isEqualTo("documents");
            assertThat(e.key()).containsExactly(1);
            assertThat(e.heldVersion()).isEqualTo(3);
            assertThat(e).hasMessageContaining("(the DELETE matched no row with that version)");
        }
        assertThat(Dump.count(db, "documents")).isZero();
    }

    @AllDatabases
    void aStaleRowInABatchIsNamedAndNothingIsWritten(TestDatabase db) {
        create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Doc.class).build();
        try (Session s = orm.openSession()) {
            for (int i = 1; i <= 5; i++) {
                s.persist(new Doc(i, "d" + i));
            }
            s.commit();
        }
        for (TestDatabase target : List.of(db, rewritten(db))) {
            MetalOrm o = MetalOrm.builder(target.dataSource()).entities(Doc.class).build();
            try (Session s = o.openSession()) {
                List<Doc> docs = s.from(Doc.class).orderBy("id").list();
                db.execute("UPDATE documents SET version = version + 1 WHERE id = 3"); // someone else
                docs.forEach(d -> d.title = d.title + "!");
                OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, s::commit);
                assertThat(e.key()).containsExactly(3);
            }
        }
        assertThat(Dump.tables(db, "documents:id")).extracting(r -> r.replaceAll("version=\\d+", "version=v")).containsExactly(
                "documents(id=1, title=d1, version=v)", "documents(id=2, title=d2, version=v)", "documents(id=3, title=d3, version=v)",
                "documents(id=4, title=d4, version=v)", "documents(id=5, title=d5, version=v)");
        try (Session s = orm.openSession()) {
            s.from(Doc.class).list().forEach(d -> d.title = "fresh");
            s.commit();
        }
        assertThat(Dump.tables(db, "documents:id")).containsExactly("documents(id=1, title=fresh, version=2)",
                "documents(id=2, title=fresh, version=2)", "documents(id=3, title=fresh, version=4)",
                "documents(id=4, title=fresh, version=2)", "documents(id=5, title=fresh, version=2)");
    }

    /** On MariaDB the same database through rewriteBatchedStatements=true (Connector/J rewrites batches); elsewhere as it is. */
    static TestDatabase rewritten(TestDatabase db) {
        if (db.kind() != DatabaseKind.MYSQL) {
            return db;
        }
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        return new TestDatabase(db.kind(), db.name(), url, db.user(), db.password(), db.server());
    }

    @AllDatabases
    void aTimestampVersionIsTheTimeOfTheLastWrite(TestDatabase db) {
        create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Stamped.class).build();
        LocalDateTime before = LocalDateTime.now().minusSeconds(5);
        Stamped row = new Stamped();
        row.id = 1;
        row.title = "a";
        try (Session s = orm.openSession()) {
            s.persist(row);
            s.commit();
            assertThat(row.changedAt).isAfter(before);
            LocalDateTime first = row.changedAt;
            row.title = "b";
            s.commit();
            assertThat(row.changedAt).isAfterOrEqualTo(first).isNotEqualTo(first);
            try (Session theirs = orm.openSession()) {
                theirs.find(Stamped.class, 1).title = "theirs";
                theirs.commit();
            }
            row.title = "c";
            OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, s::commit);
            assertThat(e.heldVersion()).isNotNull();
        }
        assertThat(Dump.tables(db, "stamped:id")).singleElement().asString().startsWith("stamped(id=1, title=theirs, ");
    }

    @Entity("two_versions")
    public static class TwoVersions {
        @Id
        @Column(name = "id")
        Integer id;
        @Version
        @Column(name = "a")
        Integer a;
        @Version
        @Column(name = "b")
        Integer b;
    }

    @Entity("text_version")
    public static class TextVersion {
        @Id
        @Column(name = "id")
        Integer id;
        @Version
        @Column(name = "v")
        String v;
    }

    @AllDatabases(DatabaseKind.H2)
    void aVersionColumnIsOnePerTableAndAnIntegerOrATimestamp(TestDatabase db) {
        assertThatThrownBy(() -> MetalOrm.builder(db.dataSource()).entities(TwoVersions.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage(TwoVersions.class.getName() + ".b: table two_versions has a second @Version column (a is one already). "
                        + "Keep one version column per table.");
        assertThatThrownBy(() -> MetalOrm.builder(db.dataSource()).entities(TextVersion.class).build())
                .isInstanceOf(MetadataException.class)
                .hasMessage(TextVersion.class.getName() + ".v: a @Version column must be an integer (Short, Integer, Long) or a "
                        + "timestamp (LocalDateTime, Instant, OffsetDateTime) that is neither key nor read-only, not String.");
    }
}
