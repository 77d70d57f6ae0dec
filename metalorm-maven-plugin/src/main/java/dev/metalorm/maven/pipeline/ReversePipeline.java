package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.diagram.DiagramFiles;
import dev.metalorm.maven.diagram.ModelDiagram;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.introspect.Introspector;
import dev.metalorm.maven.introspect.IntrospectorChoice;
import dev.metalorm.maven.introspect.Introspectors;
import dev.metalorm.maven.naming.EntityModel;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.naming.NameLock;
import dev.metalorm.maven.naming.NamedModel;
import dev.metalorm.maven.render.EntityRenderer;
import dev.metalorm.maven.render.GeneratedHeader;
import dev.metalorm.maven.render.GeneratorVersion;
import dev.metalorm.maven.render.RenderOptions;
import dev.metalorm.maven.render.RenderResult;
import dev.metalorm.maven.report.ReverseReport;
import dev.metalorm.maven.report.SchemaDrift;
import dev.metalorm.maven.config.VerifyRelations;
import dev.metalorm.maven.introspect.ValueSampler;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.suggest.RelationSuggester;
import dev.metalorm.maven.suggest.Suggestions;
import dev.metalorm.maven.suggest.ValueCheck;
import dev.metalorm.maven.write.LockFile;
import dev.metalorm.maven.write.ReportFile;
import dev.metalorm.maven.write.SourceWriter;
import dev.metalorm.maven.write.WritePlan;
import dev.metalorm.maven.write.WriteResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * introspect → infer → name → render → write → report, with no Maven API: the stages come in as
 * small functions, so the whole run is testable without a database. {@link #run} writes the sources
 * and the name lock file in one commit; {@link #check} stops at the write plan and writes nothing.
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

    /** The naming stage: overrides win, then the lock's names, then the rules; with the generation gap base class names too. */
    @FunctionalInterface
    public interface NamingStage {
        NamedModel name(SchemaSnapshot snapshot, InferenceResult inference, Overrides overrides, String packageName, NameLock lock,
                        boolean generationGap);
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

    /** Runs every stage once and writes the sources, then the lock file. */
    public ReverseResult run(ReverseConfig config) {
        long start = System.nanoTime();
        Prepared p = prepare(config);
        if (p.model == null) {
            return finish(config, p, WriteResult.NOTHING, false, start);
        }
        // the name lock goes in the sources' commit: sources and lock change together or not at all
        String lockText = config.lockFile() == null ? null : p.lock.format();
        boolean lockWritten = lockText != null && !lockText.equals(LockFile.readText(config.lockFile()));
        WriteResult files = writer.write(p.plan, p.rendered.files(), config.outputDirectory(),
                lockWritten ? List.of(new SourceWriter.SideFile(config.lockFile(), lockText)) : List.of());
        return finish(config, p, files, lockWritten, start);
    }

    /** Runs every stage up to planning the write; writes nothing, not even the report or the lock file. */
    public CheckResult check(ReverseConfig config) {
        Prepared p = prepare(config);
        String lockName = config.lockFile() == null ? null : config.lockFile().getFileName().toString();
        if (p.model == null) {
            boolean stale = !p.previousLock.keepingOutOfScope(NameLock.EMPTY, t -> !config.introspectionRequest().accepts(t)).isEmpty();
            return new CheckResult(p.snapshot, p.diagnostics, p.previousExists ? SchemaDrift.between(p.previousLock, p.lock) : null,
                    new WritePlan(WriteResult.NOTHING, List.of()), lockName, stale);
        }
        boolean lockStale = config.lockFile() != null && !p.lock.format().equals(LockFile.readText(config.lockFile()));
        return new CheckResult(p.snapshot, p.diagnostics, p.previousExists ? p.drift() : null, p.plan, lockName, lockStale);
    }

    /** Everything up to the write plan; {@code model} is null for an empty schema (nothing to write). */
    private Prepared prepare(ReverseConfig config) {
        NameLock previous = config.lockFile() == null ? NameLock.EMPTY : LockFile.read(config.lockFile());
        boolean previousExists = config.lockFile() != null && LockFile.readText(config.lockFile()) != null;
        Introspected read = introspect(config, previous);
        SchemaSnapshot snapshot = read.snapshot();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Predicate<String> inScope = config.introspectionRequest()::accepts;
        if (snapshot.tables().isEmpty()) {
            diagnostics.add(Diagnostic.warning("schema " + snapshot.schema(), "no tables to generate from in schema " + snapshot.schema()
                    + " of " + snapshot.product() + (config.includes().isEmpty() && config.excludes().isEmpty() ? "" : " after metalorm.includes/excludes")
                    + "; nothing was written. Check metalorm.schema" + (config.includes().isEmpty() && config.excludes().isEmpty()
                    ? "." : ", metalorm.includes and metalorm.excludes.")));
            InferenceResult none = new InferenceResult(List.of(), List.of(), List.of());
            return new Prepared(snapshot, none, null, diagnostics, null, previous, previousExists,
                    NameLock.EMPTY.keepingOutOfScope(previous, inScope), null, Suggestions.NONE, read.elapsed());
        }
        Suggestions suggestions = RelationSuggester.suggest(snapshot, config.overrides(), config.suggestions(),
                previous.inferredKeys().values(), read.checks());
        diagnostics.addAll(suggestions.diagnostics());
        failOnErrors(diagnostics);
        // accepted suggestions are keys like declared ones from here on: infer, naming and render see them
        SchemaSnapshot related = suggestions.apply(snapshot);
        if (!config.generateEnums()) {
            related = related.withoutEnumTypes(); // enum columns stay String, as the type mapping has them
        }
        InferenceResult inference = infer.infer(related, config.overrides());
        diagnostics.addAll(inference.diagnostics());
        NamedModel model = naming.name(related, inference, config.overrides(), config.packageName(), previous, config.generationGap());
        diagnostics.addAll(model.diagnostics());
        failOnErrors(diagnostics);
        RenderOptions renderOptions = new RenderOptions(config.qualifyingSchema(snapshot.schema(), snapshot.connectionDefault()),
                config.versionColumns(), config.refreshedOnUpdateColumns());
        RenderResult rendered = new EntityRenderer(generatorVersion, renderOptions).render(model);
        diagnostics.addAll(rendered.diagnostics());
        failOnErrors(diagnostics);

        List<NameLock.UserClassLock> userClasses = new ArrayList<>();
        Map<String, String> contentByPath = new HashMap<>(); // first file of each path, as a scan would find
        rendered.files().forEach(f -> contentByPath.putIfAbsent(f.relativePath(), f.content()));
        for (EntityModel e : model.entities()) {
            if (e.baseClassName() == null) {
                continue;
            }
            String path = config.packageName().replace('.', '/') + "/" + e.className() + ".java";
            NameLock.UserClassLock old = previous.userClasses().get(e.table().name());
            String hash = old != null && old.path().equals(path) ? old.sha256()
                    : Optional.ofNullable(contentByPath.get(path)).map(GeneratedHeader::contentHash).orElseThrow();
            userClasses.add(new NameLock.UserClassLock(e.table().name(), path, hash));
        }
        NameLock lock = NameLock.of(model, userClasses).withInferredKeys(suggestions.locks()).keepingOutOfScope(previous, inScope);
        Map<String, String> droppedUserClasses = new TreeMap<>();
        previous.userClasses().forEach((table, u) -> {
            if (inScope.test(table) && snapshot.table(table).isEmpty()) {
                droppedUserClasses.put(u.path(), u.sha256());
            }
        });
        WritePlan plan = writer.plan(rendered.files(), config.outputDirectory(), config.packageName(), config.force(), inScope,
                droppedUserClasses);
        return new Prepared(snapshot, inference, model, diagnostics, rendered, previous, previousExists, lock, plan, suggestions,
                read.elapsed());
    }

    private record Prepared(SchemaSnapshot snapshot, InferenceResult inference, NamedModel model, List<Diagnostic> diagnostics,
                            RenderResult rendered, NameLock previousLock, boolean previousExists, NameLock lock, WritePlan plan,
                            Suggestions suggestions, Duration introspection) {
        SchemaDrift drift() {
            return SchemaDrift.between(previousLock, lock);
        }
    }

    /** What was read, and what the value checks of {@code metalorm.verifyRelations=sample} found. */
    private record Introspected(SchemaSnapshot snapshot, List<ValueCheck> checks, Duration elapsed) {
    }

    private Introspected introspect(ReverseConfig config, NameLock previous) {
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = opener.open(config.url(), config.user(), config.password());
        } catch (SQLException e) {
            throw ConnectionErrors.translate(e, config.url(), config.user(), config.password());
        }
        try (Connection c = connection) {
            SchemaSnapshot snapshot = introspectors.select(c, config.introspector()).read(c, config.introspectionRequest());
            List<ValueCheck> checks = List.of();
            if (config.suggestions().verifyRelations() == VerifyRelations.SAMPLE) {
                checks = ValueSampler.check(c, snapshot.schema(),
                        RelationSuggester.candidates(snapshot, config.suggestions(), previous.inferredKeys().values()));
            }
            return new Introspected(snapshot, checks, Duration.ofNanos(System.nanoTime() - start));
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

    private ReverseResult finish(ReverseConfig config, Prepared p, WriteResult files, boolean lockWritten, long start) {
        NamedModel model = p.model != null ? p.model : new NamedModel(config.packageName(), List.of(), List.of());
        ReverseReport report = new ReverseReport(generatorVersion, p.snapshot, p.inference, model, p.diagnostics, files,
                p.suggestions);
        if (config.reportFile() != null) {
            ReportFile.write(config.reportFile(), report.toJson());
        }
        if (config.diagramDirectory() != null) {
            DiagramFiles.write(config.diagramDirectory(), ModelDiagram.of(model, p.suggestions,
                    "schema " + p.snapshot.schema() + " (" + p.snapshot.product() + " " + p.snapshot.productVersion() + ")"));
        }
        return new ReverseResult(p.snapshot, p.inference, p.diagnostics, files, report, Duration.ofNanos(System.nanoTime() - start),
                p.model != null && p.previousExists ? p.drift() : null, lockWritten, p.suggestions, p.introspection());
    }
}
