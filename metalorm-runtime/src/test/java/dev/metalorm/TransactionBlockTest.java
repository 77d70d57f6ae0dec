package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.User;
import dev.metalorm.support.Dump;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.Locale;

/** Issue 12: transactions as blocks, nested blocks as savepoints, rollback-only, options, a joined connection. */
class TransactionBlockTest {

    private static MetalOrm orm(TestDatabase db) {
        ExampleSchema.create(db);
        return MetalOrm.builder(db.dataSource()).entities(User.class).build();
    }

    @AllDatabases
    void aBlockCommitsWhenItsWorkReturnsAndGivesBackItsValue(TestDatabase db) {
        MetalOrm orm = orm(db);
        Integer id = orm.inTransaction(session -> {
            User user = new User("ada@x");
            session.persist(user);
            session.flush();
            return user.getId();
        });
        orm.runInTransaction(session -> session.persist(new User("bob@x"))); // flushed by the commit
        assertThat(Dump.tables(db, "users:id")).containsExactly("users(id=" + id + ", email=ada@x, created_at=null)",
                "users(id=" + (id + 1) + ", email=bob@x, created_at=null)");
    }

    @AllDatabases
    void anExceptionRollsTheBlockBackAndLeavesItUnchanged(TestDatabase db) {
        MetalOrm orm = orm(db);
        IOException checked = new IOException("disk full");
        assertThatThrownBy(() -> orm.runInTransaction(session -> {
            session.persist(new User("lost@x"));
            session.flush();
            throw checked;
        })).isSameAs(checked);
        IllegalStateException unchecked = new IllegalStateException("rule broken");
        assertThatThrownBy(() -> orm.inTransaction(session -> {
            session.persist(new User("lost-too@x"));
            session.flush();
            throw unchecked;
        })).isSameAs(unchecked);
        assertThat(Dump.count(db, "users")).isZero();
    }

    @AllDatabases
    void aFailingNestedBlockRollsBackToItsSavepointAndTheOuterGoesOn(TestDatabase db) {
        MetalOrm orm = orm(db);
        db.execute("INSERT INTO users (email) VALUES ('kept@x')");
        orm.runInTransaction(session -> {
            User kept = session.find(User.class, 1);
            kept.setEmail("kept@changed");                 // flushed when the nested block starts: stays
            User outer = new User("outer@x");
            session.persist(outer);
            User[] inner = new User[1];
            assertThatThrownBy(() -> session.runInTransaction(s -> {
                inner[0] = new User("inner@x");
                s.persist(inner[0]);
                kept.setEmail("kept@inner");
                s.flush();
                assertThat(inner[0].getId()).isNotNull();
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            // back at the savepoint, in the database and in the session
            assertThat(kept.getEmail()).isEqualTo("kept@changed");
            assertThat(session.contains(kept)).isTrue();
            assertThat(session.contains(outer)).isTrue();
            assertThat(session.contains(inner[0])).as("persisted in the failed block: detached").isFalse();
            assertThat(inner[0].getId()).as("its key belonged to a row rolled back").isNull();
            assertThat(session.from(User.class).count()).isEqualTo(2);

            // a statement failing in a nested block (email is NOT NULL) also ends only that block
            assertThatThrownBy(() -> session.runInTransaction(s -> s.persist(new User(null))))
                    .isInstanceOf(StatementException.class);
            session.persist(new User("after@x"));
            session.runInTransaction(s -> s.persist(new User("nested-ok@x")));
        });
        assertThat(Dump.tables(db, "users:id")).extracting(r -> r.replaceAll("id=\\d+, ", "")).containsExactly(
                "users(email=kept@changed, created_at=null)", "users(email=outer@x, created_at=null)",
                "users(email=after@x, created_at=null)", "users(email=nested-ok@x, created_at=null)");
    }

    @AllDatabases
    void theSessionKnowsItsInstancesAgainAfterANestedRollbackAndRelationsReload(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class, Post.class).build();
        db.execute("INSERT INTO users (email) VALUES ('author@x')", "INSERT INTO posts (title, user_id) VALUES ('first', 1)");
        orm.runInTransaction(session -> {
            User author = session.find(User.class, 1);
            assertThat(author.getPosts().load()).hasSize(1);
            assertThatThrownBy(() -> session.runInTransaction(s -> {
                Post second = new Post();
                second.setTitle("second");
                author.getPosts().add(second);
                s.remove(author.getPosts().getItems().get(0));
                s.flush();
                throw new IllegalStateException("undo");
            })).hasMessage("undo");
            assertThat(author.getPosts().isLoaded()).as("unloaded: what the block did to it was rolled back").isFalse();
            assertThat(author.getPosts().load()).extracting(Post::getTitle).containsExactly("first");
            assertThat(session.find(User.class, 1)).isSameAs(author);
        });
        assertThat(Dump.tables(db, "posts:id")).singleElement().asString().contains("title=first");
    }

    @AllDatabases
    void setRollbackOnlyRollsTheInnermostBlockBackAndItStillReturns(TestDatabase db) {
        MetalOrm orm = orm(db);
        String value = orm.inTransaction(session -> {
            session.persist(new User("outer@x"));
            String inner = session.inTransaction(s -> {
                s.persist(new User("dry-run@x"));
                s.setRollbackOnly();
                assertThat(s.isRollbackOnly()).isTrue();
                return "inner";
            });
            assertThat(session.isRollbackOnly()).as("only the inner block was marked").isFalse();
            return inner + "+outer";
        });
        assertThat(value).isEqualTo("inner+outer");
        assertThat(Dump.tables(db, "users:id")).singleElement().asString().contains("email=outer@x");

        long seen = orm.inTransaction(session -> {
            session.persist(new User("preview@x"));
            session.flush();
            session.setRollbackOnly();
            return session.from(User.class).count();
        });
        assertThat(seen).isEqualTo(2);
        assertThat(Dump.count(db, "users")).isEqualTo(1);
    }

    @AllDatabases
    void aFailureTheWorkCatchesStillRollsTheBlockBackAndSaysSo(TestDatabase db) {
        MetalOrm orm = orm(db);
        assertThatThrownBy(() -> orm.runInTransaction(session -> {
            session.persist(new User("first@x"));
            session.flush();
            session.persist(new User(null));
            assertThatThrownBy(session::flush).isInstanceOf(StatementException.class);
            assertThatThrownBy(() -> session.from(User.class).count()).isInstanceOf(MetalOrmException.class)
                    .hasMessageStartingWith("This transaction block failed (");
        })).isInstanceOf(MetalOrmException.class).hasMessageStartingWith("The transaction block was rolled back: a statement in "
                + "it failed (").hasCauseInstanceOf(StatementException.class);
        assertThat(Dump.count(db, "users")).isZero();
    }

    @AllDatabases
    void commitRollbackAndCloseAreRefusedInsideABlockAndRollbackOnlyOutside(TestDatabase db) {
        MetalOrm orm = orm(db);
        try (Session session = orm.openSession()) {
            assertThatThrownBy(session::setRollbackOnly).isInstanceOf(MetalOrmException.class)
                    .hasMessage("setRollbackOnly() marks an inTransaction block, and none is open. Outside a block, call rollback().");
            assertThatThrownBy(() -> session.runInTransaction(Session::commit)).isInstanceOf(MetalOrmException.class)
                    .hasMessage("commit() inside an inTransaction block: the block commits when its work returns. Throw, or call "
                            + "setRollbackOnly(), to roll it back.");
            assertThatThrownBy(() -> session.runInTransaction(Session::close)).hasMessageStartingWith("close() inside an "
                    + "inTransaction block");
            session.runInTransaction(s -> s.persist(new User("still-usable@x")));
        }
        assertThat(Dump.count(db, "users")).isEqualTo(1);
    }

    @AllDatabases
    void optionsSetIsolationAndReadOnlyForTheTransactionAndGiveTheConnectionBackAsItWas(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = MetalOrm.builder(pool).entities(User.class).build();
            int isolationBefore;
            try (Connection c = pool.getConnection()) {
                isolationBefore = c.getTransactionIsolation();
            }
            String level = orm.inTransaction(TransactionOptions.defaults().withIsolation(Isolation.SERIALIZABLE),
                    session -> session.sql(isolationQuery(db.kind())).scalar(String.class));
            assertThat(level.toUpperCase(Locale.ROOT).replace('-', ' ')).isEqualTo("SERIALIZABLE");

            orm.runInTransaction(session -> session.persist(new User("existing@x")));
            TransactionOptions readOnly = TransactionOptions.defaults().withReadOnly(true);
            long count = orm.inTransaction(readOnly, session -> session.from(User.class).count());
            assertThat(count).isEqualTo(1);
            assertThatThrownBy(() -> orm.runInTransaction(readOnly, session -> {
                session.find(User.class, 1).setEmail("changed@x");
            })).isInstanceOf(MetalOrmException.class).hasMessage("This transaction is read-only "
                    + "(TransactionOptions.withReadOnly(true)): it cannot write its pending changes. Run the writes in a "
                    + "read-write transaction.");
            assertThatThrownBy(() -> orm.runInTransaction(readOnly, session -> session.update(User.class).set("email", "x").all().execute()))
                    .hasMessageStartingWith("This transaction is read-only (TransactionOptions.withReadOnly(true)): it cannot run "
                            + "a set-based update on users.");

            try (Connection c = pool.getConnection()) {
                assertThat(c.getTransactionIsolation()).as("isolation set back").isEqualTo(isolationBefore);
                assertThat(c.isReadOnly()).as("read-only set back").isFalse();
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
        assertThat(Dump.tables(db, "users:id")).singleElement().asString().contains("email=existing@x");
    }

    @AllDatabases
    void aTransactionPastItsTimeoutIsRolledBack(TestDatabase db) {
        MetalOrm orm = orm(db);
        assertThatThrownBy(() -> orm.runInTransaction(TransactionOptions.defaults().withTimeout(Duration.ofMillis(200)), session -> {
            session.persist(new User("slow@x"));
            session.flush();
            Thread.sleep(300);
            session.find(User.class, 1);
        })).isInstanceOf(MetalOrmException.class).hasMessage("The transaction timed out: it took longer than its timeout of "
                + "PT0.2S (TransactionOptions.withTimeout); it is rolled back.");
        assertThat(Dump.count(db, "users")).isZero();
        assertThatThrownBy(() -> orm.inTransaction(session -> {
            session.find(User.class, 1);
            return session.inTransaction(TransactionOptions.defaults().withTimeout(Duration.ofSeconds(1)), s -> 1);
        })).hasMessageStartingWith("Transaction options ").hasMessageContaining("apply to the outermost block only");
    }

    @AllDatabases
    void aSessionOnAnExternallyManagedConnectionOnlyFlushesOnIt(TestDatabase db) throws Exception {
        MetalOrm orm = orm(db);
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> orm.openSession(c)).isInstanceOf(MetalOrmException.class)
                    .hasMessageStartingWith("openSession(Connection) joins a transaction, and this connection is in auto-commit mode");
            c.setAutoCommit(false);
            try (Session session = orm.openSession(c)) {
                session.persist(new User("undone-by-owner@x"));
                session.commit(); // flushes only
                assertThatThrownBy(session::rollback).hasMessageStartingWith("This session joined a connection whose "
                        + "transaction belongs to its owner");
            }
            assertThat(c.isClosed()).isFalse();
            assertThat(c.getAutoCommit()).isFalse();
            assertThat(Dump.count(db, "users")).as("not committed by the session").isZero();
            c.rollback();

            try (Session session = orm.openSession(c)) {
                session.persist(new User("kept@x"));
                session.flush();
                session.persist(new User(null));
                // the failed flush goes back to its savepoint: the owner's transaction goes on, with the first row
                assertThatThrownBy(session::flush).isInstanceOf(StatementException.class);
                session.persist(new User("after@x"));
                assertThatThrownBy(() -> session.runInTransaction(s -> {
                    s.persist(new User("block@x"));
                    s.flush();
                    throw new IllegalStateException("block fails");
                })).hasMessage("block fails");
                session.runInTransaction(s -> s.persist(new User("block-ok@x")));
            }
            c.commit();
            assertThat(c.isClosed()).isFalse();
        }
        assertThat(Dump.tables(db, "users:id")).extracting(r -> r.replaceAll("id=\\d+, ", "")).containsExactly(
                "users(email=kept@x, created_at=null)", "users(email=after@x, created_at=null)",
                "users(email=block-ok@x, created_at=null)");
    }

    private static String isolationQuery(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "SELECT ISOLATION_LEVEL FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()";
            case MYSQL -> "SELECT @@tx_isolation";
            case POSTGRES -> "SHOW transaction_isolation";
        };
    }
}
