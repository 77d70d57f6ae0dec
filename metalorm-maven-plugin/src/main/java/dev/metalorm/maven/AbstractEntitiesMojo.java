package dev.metalorm.maven;

import dev.metalorm.maven.config.RelationConfig;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.TableConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.pipeline.ReversePipeline;
import java.io.File;
import java.util.List;
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
                .inferRelations(inferRelations).verifyRelations(verifyRelations).minConfidence(minConfidence)
                .qualifySchema(qualifySchema).versionColumns(versionColumns);
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
