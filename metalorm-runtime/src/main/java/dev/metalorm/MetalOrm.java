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

    private MetalOrm(Model model, Dialect dialect, DataSource dataSource, StatementListener listener) {
        this.model = model;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.statements = new Statements(dialect);
        this.jdbc = new JdbcExecutor(dialect, listener);
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** A new session; close it (try-with-resources) to give its connection back. */
    public Session openSession() {
        return new Session(new UnitOfWork(model, dataSource, statements, jdbc));
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
        private StatementListener listener = StatementListener.NONE;
        private boolean checkSchema = true;

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

        /** Called after every statement the runtime runs (tests, diagnostics). */
        public Builder statementListener(StatementListener statementListener) {
            this.listener = Objects.requireNonNull(statementListener, "statementListener");
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
            return new MetalOrm(model, connect(model), dataSource, listener);
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
