package dev.metalorm;

import dev.metalorm.jdbc.JdbcExecutor;
import dev.metalorm.jdbc.SchemaCheck;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.ModelBuilder;
import dev.metalorm.metadata.source.AnnotationSource;
import dev.metalorm.metadata.source.SchemaSource;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.session.UnitOfWork;
import dev.metalorm.sql.Statements;
import dev.metalorm.sql.dialect.Dialect;
import dev.metalorm.sql.dialect.Dialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The entry point, built once per application and shared: the validated model, the dialect
 * detected from the database, and the DataSource sessions borrow connections from.
 *
 * <pre>{@code
 * MetalOrm orm = MetalOrm.builder(dataSource)
 *         .entities(User.class, Post.class)     // @Entity classes; relation targets are added too
 *         .tables(Blog.USERS, Blog.POSTS)       // and/or defineTable tables
 *         .build();
 * try (Session session = orm.openSession()) {
 *     User user = session.find(User.class, 1);
 *     user.setEmail("new@example.com");
 *     session.commit();
 * }
 * }</pre>
 *
 * Immutable and thread-safe; a {@link Session} is not.
 */
public final class MetalOrm {
    private final Model model;
    private final Dialect dialect;
    private final DataSource dataSource;
    private final Statements statements;
    private final JdbcExecutor jdbc;

    private MetalOrm(Model model, Dialect dialect, DataSource dataSource, StatementListener listener,
                     java.util.function.Predicate<String> mask) {
        this.model = model;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.statements = new Statements(dialect);
        this.jdbc = new JdbcExecutor(dialect, listener, mask);
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** A new session; close it (try-with-resources) to give its connection back. */
    public Session openSession() {
        return new Session(new UnitOfWork(model, dataSource, statements, jdbc));
    }

    /**
     * A session on a connection whose transaction someone else manages (Spring's
     * {@code DataSourceUtils.getConnection}, a container, your own code). The session never commits,
     * rolls back, closes the connection or changes its auto-commit: {@link Session#commit()} only
     * flushes, each flush runs under a savepoint (so that a failed one leaves nothing of itself),
     * {@code inTransaction} blocks are savepoints, and {@link Session#close()} only forgets the
     * session's instances. The connection must be in a transaction (auto-commit off).
     */
    public Session openSession(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        try {
            if (connection.getAutoCommit()) {
                throw new MetalOrmException("openSession(Connection) joins a transaction, and this connection is in auto-commit "
                        + "mode: every statement would commit on its own and a flush would not be atomic. Start a transaction "
                        + "on it first (setAutoCommit(false), or inside Spring's @Transactional).");
            }
        } catch (SQLException e) {
            throw new MetalOrmException("Cannot read the connection's auto-commit mode: " + e.getMessage(), e);
        }
        return new Session(new UnitOfWork(model, dataSource, statements, jdbc, connection));
    }

    /**
     * Runs the work in a new session as one transaction and returns its result: committed when the
     * work returns, rolled back when it throws (the exception rethrown unchanged); the session is
     * closed either way. Blocks nested with {@link Session#inTransaction} are savepoints.
     *
     * <pre>{@code
     * long id = orm.inTransaction(session -> {
     *     User user = new User("ada@example.com");
     *     session.persist(user);
     *     return user.getId();      // flushed and committed when the block returns
     * });
     * }</pre>
     */
    public <R, E extends Exception> R inTransaction(TransactionWork<R, E> work) throws E {
        return inTransaction(TransactionOptions.defaults(), work);
    }

    /** {@link #inTransaction(TransactionWork)} with an isolation level, read-only, or a timeout. */
    public <R, E extends Exception> R inTransaction(TransactionOptions options, TransactionWork<R, E> work) throws E {
        try (Session session = openSession()) {
            return session.inTransaction(options, work);
        }
    }

    /** {@link #inTransaction(TransactionWork)} for work that returns nothing. */
    public <E extends Exception> void runInTransaction(TransactionBlock<E> work) throws E {
        runInTransaction(TransactionOptions.defaults(), work);
    }

    public <E extends Exception> void runInTransaction(TransactionOptions options, TransactionBlock<E> work) throws E {
        try (Session session = openSession()) {
            session.runInTransaction(options, work);
        }
    }

    /** The dialect's name and server version, e.g. {@code "MariaDB 10.11.19"}. */
    public String dialectName() {
        return dialect.name();
    }

    /** The validated model (internal types; for tools and tests). */
    public Model model() {
        return model;
    }

    /** Collects entity classes, table definitions and options; {@link #build()} validates them all. */
    public static final class Builder {
        private final DataSource dataSource;
        private final List<Class<?>> entities = new ArrayList<>();
        private final List<TableDefinition> tables = new ArrayList<>();
        private boolean checkSchema = true;
        private final List<StatementListener> listeners = new ArrayList<>();
        private java.util.function.Predicate<String> mask;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** {@code @Entity} classes; the targets and pivots of their relations are added automatically. */
        public Builder entities(Class<?>... classes) {
            entities.addAll(Arrays.asList(classes));
            return this;
        }

        /** {@code defineTable} tables; the targets and pivots of their relations are added automatically. */
        public Builder tables(TableDefinition... definitions) {
            tables.addAll(Arrays.asList(definitions));
            return this;
        }

        /**
         * Told of every statement the runtime runs, after it ran: SQL, parameters, batch size, row
         * count, elapsed time. Several listeners are called in the order given.
         */
        public Builder listener(StatementListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The same as {@link #listener(StatementListener)}. */
        public Builder statementListener(StatementListener statementListener) {
            return listener(statementListener);
        }

        /**
         * Which parameter values listeners see as {@code ****}: those bound for a column whose name
         * the predicate accepts (e.g. {@code name -> name.contains("password")}, or
         * {@code Set.of("ssn", "token")::contains}), and, once any mask is set, every argument of raw
         * SQL ({@code session.sql}), whose column the runtime cannot know. The database still gets
         * the real values; only what listeners see is masked.
         */
        public Builder maskParameters(java.util.function.Predicate<String> columnName) {
            Objects.requireNonNull(columnName, "columnName");
            mask = mask == null ? columnName : mask.or(columnName);
            return this;
        }

        /**
         * Whether {@link #build()} checks the mapped tables and columns against the database (on by
         * default): one catalog query per schema, failing with every missing table and column named.
         * Turn it off when the tables are created after MetalOrm is built, or to save that query.
         */
        public Builder checkSchema(boolean check) {
            this.checkSchema = check;
            return this;
        }

        /**
         * Validates the model (throwing {@link MetadataException}), then on one connection, given
         * back at once, detects the dialect (on H2 with its identifier case mode) and checks the
         * model against the database's tables and columns (throwing {@link SchemaMismatchException};
         * see {@link #checkSchema(boolean)}).
         */
        public MetalOrm build() {
            ModelBuilder builder = new ModelBuilder();
            AnnotationSource.addAll(builder, entities);
            SchemaSource.addAll(builder, tables);
            Model model = builder.build();
            List<StatementListener> all = List.copyOf(listeners);
            StatementListener listener = all.isEmpty() ? StatementListener.NONE : all.size() == 1 ? all.get(0) : statement -> {
                for (StatementListener l : all) {
                    l.executed(statement);
                }
            };
            return new MetalOrm(model, connect(model), dataSource, listener, mask);
        }

        private Dialect connect(Model model) {
            Dialect dialect;
            try (Connection c = dataSource.getConnection()) {
                try {
                    dialect = Dialects.forConnection(c);
                } catch (SQLException e) {
                    throw new MetalOrmException("Cannot read what database the DataSource is on: " + e.getMessage(), e);
                }
                if (checkSchema) {
                    try {
                        SchemaCheck.verify(c, dialect, model.tables());
                    } catch (SQLException e) {
                        throw new MetalOrmException("Cannot read the catalog to check the mapped tables (" + e.getMessage()
                                + "); skip the check with MetalOrm.builder(...).checkSchema(false).", e);
                    }
                }
            } catch (SQLException e) {
                throw new MetalOrmException("Cannot connect to detect the database: " + e.getMessage()
                        + ". Check the DataSource's URL and credentials.", e);
            }
            return dialect;
        }
    }
}
