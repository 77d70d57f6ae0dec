package dev.metalorm.maven;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.RelationConfig;
import dev.metalorm.maven.config.TableConfig;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.pipeline.ReverseResult;
import dev.metalorm.maven.report.ReverseReport;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Reads a live database and writes one annotated MetalORM entity per table. Files are replaced
 * atomically and only when their content changes; a file without the metalorm header, or a
 * generated file edited by hand (unless {@code metalorm.force}), is never overwritten. A report
 * of every table and relation, with the rule behind it, goes to {@code target/metalorm/reverse-report.json}.
 */
@Mojo(name = "reverse", threadSafe = true, requiresProject = true)
public class ReverseMojo extends AbstractMetalOrmMojo {
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

    /** Whether views become entities too. */
    @Parameter(property = "metalorm.includeViews", defaultValue = "false")
    private boolean includeViews;

    /** Overwrite (or remove) generated files that were edited by hand. Files without the metalorm header are never overwritten. */
    @Parameter(property = "metalorm.force", defaultValue = "false")
    private boolean force;

    /** How the catalog is read: {@code auto} (SQL for MySQL/MariaDB and PostgreSQL, else SchemaCrawler), {@code sql} or {@code schemacrawler}. */
    @Parameter(property = "metalorm.introspector", defaultValue = "auto")
    private String introspector;

    /** Print every table's classification and every relation with the rule that produced it. */
    @Parameter(property = "metalorm.explain", defaultValue = "false")
    private boolean explain;

    /** Per-table overrides (pom only): {@code <table><name>users</name><className>Account</className><junction>force|deny</junction><columns>…</columns></table>}. */
    @Parameter
    private List<TableConfig> tables;

    /** Per-relation names (pom only): {@code <relation><table>messages</table><foreignKey>sender_id</foreignKey><name>sender</name><inverseName>sentMessages</inverseName></relation>}. */
    @Parameter
    private List<RelationConfig> relations;

    /** Where the report is written ({@code metalorm/reverse-report.json} below it). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Inject
    public ReverseMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "reverse";
    }

    @Override
    protected void doExecute(String jdbcUrl, String resolvedUser, String resolvedPassword) {
        ReverseConfig config = ReverseConfig.builder()
                .url(jdbcUrl).user(resolvedUser).password(resolvedPassword).schema(schema)
                .packageName(packageName).outputDirectory(outputDirectory == null ? null : outputDirectory.toPath())
                .includes(includes).excludes(excludes).includeViews(includeViews).force(force).introspector(introspector)
                .tables(tables).relations(relations)
                .reportFile(buildDirectory.toPath().resolve(ReverseReport.FILE))
                .build();
        ReverseResult result = pipeline().run(config);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.INFO) {
                if (getLog().isDebugEnabled()) {
                    getLog().debug(d.toString());
                }
            } else {
                getLog().warn(d.subject() + ": " + d.message());
            }
        }
        if (getLog().isDebugEnabled()) {
            for (TableClassification t : result.inference().tables()) {
                getLog().debug("table " + t.table() + (t.junction() ? " (junction)" : "") + ": " + t.reason());
            }
            for (Relation r : result.inference().relations()) {
                getLog().debug("relation " + r.key() + ": " + r.reason());
            }
            result.files().forced().forEach(f -> getLog().debug("overwrote hand-edited " + f + " (metalorm.force)"));
        }
        if (explain) {
            result.report().explain().lines().forEach(getLog()::info);
        }
        getLog().info(result.summary());
    }

    /** The stages to run; tests replace it. */
    ReversePipeline pipeline() {
        return ReversePipeline.standard();
    }
}
