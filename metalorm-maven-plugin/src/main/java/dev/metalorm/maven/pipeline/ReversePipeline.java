package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.introspect.Introspector;
import dev.metalorm.maven.introspect.IntrospectorChoice;
import dev.metalorm.maven.introspect.Introspectors;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.render.EntityRenderer;
import dev.metalorm.maven.render.GeneratorVersion;
import dev.metalorm.maven.render.RenderResult;
import dev.metalorm.maven.report.ReverseReport;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.write.ReportFile;
import dev.metalorm.maven.write.SourceWriter;
import dev.metalorm.maven.write.WriteResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * introspect → infer → name → render → write → report, with no Maven API: the stages come in as
 * small functions, so the whole run is testable without a database.
 *
 * <p>Order of failure: connection problems ({@link ConnectionException}), unreadable or unknown
 * schema ({@code IntrospectionException}), ERROR diagnostics of any stage ({@link ReverseFailedException}),
 * write conflicts ({@code WriteConflictException}): each before anything is written. An empty schema
 * is a warning and writes no sources. Rendering finishes for every file before the writer starts.
 */
public final class ReversePipeline {

    /** Opens the connection; {@link #driverManager} in production. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open(String url, String user, String password) throws SQLException;
    }

    /** Picks the introspector for an open connection and the {@code metalorm.introspector} value (auto, sql, schemacrawler). */
    @FunctionalInterface
    public interface IntrospectorSelector {
        Introspector select(Connection connection, String introspector);
    }

    /** The infer stage. */
    @FunctionalInterface
    public interface InferStage {
        InferenceResult infer(SchemaSnapshot snapshot, Overrides overrides);
    }

    /** The naming stage. */
    @FunctionalInterface
    public interface NamingStage {
        NamedModel name(SchemaSnapshot snapshot, InferenceResult inference, Overrides overrides, String packageName);
    }

    private final ConnectionOpener opener;
    private final IntrospectorSelector introspectors;
    private final InferStage infer;
    private final NamingStage naming;
    private final String generatorVersion;
    private final SourceWriter writer = new SourceWriter();

    public ReversePipeline(ConnectionOpener opener, IntrospectorSelector introspectors, InferStage infer, NamingStage naming,
                           String generatorVersion) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.introspectors = Objects.requireNonNull(introspectors, "introspectors");
        this.infer = Objects.requireNonNull(infer, "infer");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.generatorVersion = Objects.requireNonNull(generatorVersion, "generatorVersion");
    }

    /** The production pipeline: JDBC through DriverManager, our introspectors, infer and naming rules. */
    public static ReversePipeline standard() {
        return new ReversePipeline(
                ReversePipeline::driverManager,
                (connection, choice) -> Introspectors.forConnection(connection, IntrospectorChoice.parse(choice)),
                RelationInferrer::infer,
                EntityNamer::name,
                GeneratorVersion.get());
    }

    /**
     * Opens a connection through {@link DriverManager}; user and password are passed only when given.
     * Connector/J waits for the operating system's TCP timeout (minutes) on a silent host unless told
     * otherwise: it gets a 10-second {@code connectTimeout} when the URL sets none (PostgreSQL's
     * driver already defaults to 10 seconds).
     */
    public static Connection driverManager(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (url.startsWith("jdbc:mysql:") && !url.toLowerCase(java.util.Locale.ROOT).contains("connecttimeout")) {
            properties.setProperty("connectTimeout", "10000");
        }
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Runs every stage once. */
    public ReverseResult run(ReverseConfig config) {
        long start = System.nanoTime();
        SchemaSnapshot snapshot = introspect(config);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (snapshot.tables().isEmpty()) {
            diagnostics.add(Diagnostic.warning("schema " + snapshot.schema(), "no tables to generate from in schema " + snapshot.schema()
                    + " of " + snapshot.product() + (config.includes().isEmpty() && config.excludes().isEmpty() ? "" : " after metalorm.includes/excludes")
                    + "; nothing was written. Check metalorm.schema" + (config.includes().isEmpty() && config.excludes().isEmpty()
                    ? "." : ", metalorm.includes and metalorm.excludes.")));
            InferenceResult none = new InferenceResult(List.of(), List.of(), List.of());
            NamedModel empty = new NamedModel(config.packageName(), List.of(), List.of());
            return finish(config, snapshot, none, empty, diagnostics, WriteResult.NOTHING, start);
        }
        InferenceResult inference = infer.infer(snapshot, config.overrides());
        diagnostics.addAll(inference.diagnostics());
        NamedModel model = naming.name(snapshot, inference, config.overrides(), config.packageName());
        diagnostics.addAll(model.diagnostics());
        failOnErrors(diagnostics);
        RenderResult rendered = new EntityRenderer(generatorVersion).render(model);
        diagnostics.addAll(rendered.diagnostics());
        failOnErrors(diagnostics);
        WriteResult files = writer.write(rendered.files(), config.outputDirectory(), config.packageName(), config.force(),
                config.introspectionRequest()::accepts);
        return finish(config, snapshot, inference, model, diagnostics, files, start);
    }

    private SchemaSnapshot introspect(ReverseConfig config) {
        Connection connection;
        try {
            connection = opener.open(config.url(), config.user(), config.password());
        } catch (SQLException e) {
            throw ConnectionErrors.translate(e, config.url(), config.user(), config.password());
        }
        try (Connection c = connection) {
            return introspectors.select(c, config.introspector()).read(c, config.introspectionRequest());
        } catch (SQLException closeFailure) {
            throw ConnectionErrors.translate(closeFailure, config.url(), config.user(), config.password());
        }
    }

    private static void failOnErrors(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ReverseFailedException(errors);
        }
    }

    private ReverseResult finish(ReverseConfig config, SchemaSnapshot snapshot, InferenceResult inference, NamedModel model,
                                 List<Diagnostic> diagnostics, WriteResult files, long start) {
        ReverseReport report = new ReverseReport(generatorVersion, snapshot, inference, model, diagnostics, files);
        if (config.reportFile() != null) {
            ReportFile.write(config.reportFile(), report.toJson());
        }
        return new ReverseResult(snapshot, inference, diagnostics, files, report, Duration.ofNanos(System.nanoTime() - start));
    }
}
