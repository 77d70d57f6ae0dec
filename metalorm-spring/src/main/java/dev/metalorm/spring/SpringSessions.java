package dev.metalorm.spring;

import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * MetalORM sessions driven by Spring's transactions: {@link #currentSession()} gives the session
 * of the transaction running on this thread ({@code @Transactional}, {@code TransactionTemplate},
 * with a {@code DataSourceTransactionManager} on the same DataSource), one per transaction. It
 * joins the transaction's connection, got through {@link DataSourceUtils}: Spring commits or rolls
 * back, MetalORM never does. Before Spring commits, the session is flushed (a failing flush makes
 * Spring roll back); when the transaction ends, the session is closed and the connection handed
 * back to Spring.
 *
 * <pre>{@code
 * @Bean SpringSessions sessions(MetalOrm orm, DataSource dataSource) { return new SpringSessions(orm, dataSource); }
 *
 * @Transactional
 * public void rename(long id, String name) {
 *     sessions.currentSession().find(User.class, id).setName(name);   // written before the commit
 * }
 * }</pre>
 *
 * Thread-safe; share one instance.
 */
public final class SpringSessions {
    /** Before the connection's own synchronization, which may give the connection back. */
    private static final int ORDER = DataSourceUtils.CONNECTION_SYNCHRONIZATION_ORDER - 100;
    private final MetalOrm orm;
    private final DataSource dataSource;

    /** @param dataSource the DataSource the transaction manager manages (and the MetalOrm was built on) */
    public SpringSessions(MetalOrm orm, DataSource dataSource) {
        this.orm = Objects.requireNonNull(orm, "orm");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The session of the Spring transaction running on this thread, opened on first use within it.
     *
     * @throws IllegalStateException when no Spring transaction is active on this thread
     */
    public Session currentSession() {
        Bound bound = (Bound) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound.session();
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("No Spring transaction is active on this thread: call currentSession() inside a "
                    + "@Transactional method or a TransactionTemplate callback, with a DataSourceTransactionManager on the same "
                    + "DataSource. Outside Spring's transactions, use MetalOrm.openSession() or inTransaction(...).");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Session session;
        try {
            session = orm.openSession(connection);
        } catch (RuntimeException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw e;
        }
        Bound created = new Bound(session, connection);
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new SessionSynchronization(created));
        return session;
    }

    private record Bound(Session session, Connection connection) {
    }

    /** Flushes before commit, closes the session and gives the connection back after completion. */
    private final class SessionSynchronization implements TransactionSynchronization {
        private final Bound bound;

        SessionSynchronization(Bound bound) {
            this.bound = bound;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public void suspend() {
            // an inner REQUIRES_NEW transaction gets a session of its own
            TransactionSynchronizationManager.unbindResource(SpringSessions.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(SpringSessions.this, bound);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // also when read-only: pending changes are refused by the database, never dropped silently
            bound.session().flush();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SpringSessions.this);
            try {
                bound.session().close();
            } finally {
                DataSourceUtils.releaseConnection(bound.connection(), dataSource);
            }
        }
    }
}
