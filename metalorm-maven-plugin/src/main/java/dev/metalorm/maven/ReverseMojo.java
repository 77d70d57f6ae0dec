package dev.metalorm.maven;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.pipeline.ReverseResult;
import dev.metalorm.maven.report.ReverseReport;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Reads a live database and writes one annotated MetalORM entity per table. Files are replaced
 * atomically and only when their content changes; a file without the metalorm header, or a
 * generated file edited by hand (unless {@code metalorm.force}), is never overwritten. A report
 * of every table and relation, with the rule behind it, goes to {@code target/metalorm/reverse-report.json}.
 *
 * <p>By default (generation gap) each table gets a generated {@code UserBase} and a {@code User}
 * created once for your code. The names chosen go to {@code metalorm.lock}; the next run keeps them
 * and logs what changed in the schema since ({@code Changes since last run: …}).
 */
@Mojo(name = "reverse", threadSafe = true, requiresProject = true)
public class ReverseMojo extends AbstractEntitiesMojo {
    /** Overwrite (or remove) generated files that were edited by hand. Files without the metalorm header are never overwritten. */
    @Parameter(property = "metalorm.force", defaultValue = "false")
    private boolean force;

    /** Print every table's classification and every relation with the rule that produced it. */
    @Parameter(property = "metalorm.explain", defaultValue = "false")
    private boolean explain;

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
        Path reportFile = buildDirectory.toPath().resolve(ReverseReport.FILE);
        ReverseConfig[] used = new ReverseConfig[1];
        ReverseResult result = runLocked(buildDirectory, () -> withSchema(jdbcUrl, resolvedUser, resolvedPassword, builder -> {
            used[0] = builder.force(force).reportFile(reportFile).diagramDirectory(reportFile.getParent()).build();
            return pipeline().run(used[0]);
        }));
        ReverseConfig config = used[0];
        if (fromMigrations()) {
            logStages(result);
        }
        log(result.diagnostics());
        if (getLog().isDebugEnabled()) {
            for (TableClassification t : result.inference().tables()) {
                getLog().debug("table " + t.table() + (t.junction() ? " (junction)" : "") + ": " + t.reason());
            }
            for (Relation r : result.inference().relations()) {
                getLog().debug("relation " + r.key() + ": " + r.reason());
            }
            result.files().created().forEach(f -> getLog().debug("created " + f));
            result.files().updated().forEach(f -> getLog().debug("updated " + f));
            result.files().removed().forEach(f -> getLog().debug("removed " + f));
            result.files().forced().forEach(f -> getLog().debug("overwrote hand-edited " + f + " (metalorm.force)"));
        }
        if (explain) {
            result.report().explain().lines().forEach(getLog()::info);
        }
        if (result.drift() != null && !result.drift().isEmpty()) {
            getLog().info("Changes since last run: " + result.drift().summary());
        } else if (result.drift() == null && result.lockWritten()) {
            getLog().info("Wrote " + config.lockFile().getFileName() + " with the names of " + result.snapshot().tables().size()
                    + " tables: commit it; later runs keep these names and report schema changes against it.");
        }
        String suggested = result.suggestionSummary();
        if (suggested != null) {
            getLog().info(suggested);
        }
        getLog().info("Model diagram: " + config.diagramDirectory().resolve("model.mmd") + " (Mermaid), "
                + config.diagramDirectory().resolve("model.html") + " (open it in a browser; works offline)");
        getLog().info(result.summary());
    }
}
