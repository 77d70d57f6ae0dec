package dev.metalorm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.StatementException;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.User;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring's DataSourceTransactionManager drives MetalORM sessions through TransactionTemplate (issue 12). */
class SpringSessionsTest {

    private record Setup(DataSource dataSource, SpringSessions sessions, TransactionTemplate template) {
    }

    private static Setup setup(TestDatabase db) {
        ExampleSchema.create(db);
        DataSource dataSource = db.dataSource();
        MetalOrm orm = MetalOrm.builder(dataSource).entities(User.class).build();
        return new Setup(dataSource, new SpringSessions(orm, dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @AllDatabases
    void aCommittedTransactionWritesWhatTheSessionHeldWithoutAnExplicitFlush(TestDatabase db) {
        Setup s = setup(db);
        Integer id = s.template().execute(status -> {
            Session session = s.sessions().currentSession();
            assertThat(s.sessions().currentSession()).as("one session per transaction").isSameAs(session);
            User first = new User("first@x");
            session.persist(first);
            session.flush();
            // the session writes on the transaction's own connection: plain JDBC on it sees the row
            Connection own = DataSourceUtils.getConnection(s.dataSource());
            assertThat(countOn(own)).isEqualTo(1);
            DataSourceUtils.releaseConnection(own, s.dataSource());
            session.persist(new User("second@x")); // flushed by the synchronization before Spring commits
            return first.getId();
        });
        assertThat(id).isNotNull();
        assertThat(Dump.tables(db, "users:id")).containsExactly("users(id=" + id + ", email=first@x, created_at=null)",
                "users(id=" + (id + 1) + ", email=second@x, created_at=null)");
    }

    @AllDatabases
    void anExceptionOrSetRollbackOnlyRollsBackWhatTheSessionFlushed(TestDatabase db) {
        Setup s = setup(db);
        assertThatThrownBy(() -> s.template().executeWithoutResult(status -> {
            Session session = s.sessions().currentSession();
            session.persist(new User("doomed@x"));
            session.flush();
            throw new IllegalStateException("business rule");
        })).isInstanceOf(IllegalStateException.class).hasMessage("business rule");
        assertThat(Dump.count(db, "users")).isZero();

        s.template().executeWithoutResult(status -> {
            Session session = s.sessions().currentSession();
            session.persist(new User("undone@x"));
            session.flush();
            status.setRollbackOnly();
        });
        assertThat(Dump.count(db, "users")).isZero();

        // a flush that fails before the commit makes Spring roll back, and says why
        assertThatThrownBy(() -> s.template().executeWithoutResult(status -> {
            Session session = s.sessions().currentSession();
            session.persist(new User("kept-out@x"));
            session.flush();
            session.persist(new User(null)); // email is NOT NULL
        })).isInstanceOf(StatementException.class);
        assertThat(Dump.count(db, "users")).isZero();

        // and the next transaction gets a fresh session and commits
        s.template().executeWithoutResult(status -> s.sessions().currentSession().persist(new User("after@x")));
        assertThat(Dump.tables(db, "users:id")).singleElement().asString().contains("email=after@x");
    }

    @AllDatabases
    void anInnerRequiresNewTransactionHasItsOwnSessionAndCommitsAlone(TestDatabase db) {
        Setup s = setup(db);
        TransactionTemplate requiresNew = new TransactionTemplate(s.template().getTransactionManager());
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> s.template().executeWithoutResult(status -> {
            Session outer = s.sessions().currentSession();
            outer.persist(new User("outer@x"));
            requiresNew.executeWithoutResult(inner -> {
                Session session = s.sessions().currentSession();
                assertThat(session).isNotSameAs(outer);
                session.persist(new User("audit@x"));
            });
            assertThat(s.sessions().currentSession()).as("the outer session is back").isSameAs(outer);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(Dump.tables(db, "users:id")).singleElement().asString().contains("email=audit@x");
    }

    @AllDatabases
    void outsideASpringTransactionThereIsNoCurrentSession(TestDatabase db) {
        Setup s = setup(db);
        assertThatThrownBy(() -> s.sessions().currentSession()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No Spring transaction is active on this thread: call currentSession() inside a "
                        + "@Transactional method or a TransactionTemplate callback");
    }

    private static long countOn(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
