package dev.metalorm.maven;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.migrate.MigrationSource;
import dev.metalorm.maven.migrate.UpToDate;
import dev.metalorm.maven.pipeline.ReverseResult;
import dev.metalorm.maven.render.GeneratorVersion;
import dev.metalorm.maven.report.ReverseReport;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates the entities during the build, for projects that do not commit them: writes one class per table
 * into {@code target/generated-sources/metalorm} (no generation gap: {@code target/} is no place for your code)
 * and adds that directory as a compile source root, also when the goal is skipped. With {@code <migrations>}
 * no database is needed: they are applied to an embedded engine, and when the migration files, the
 * configuration, the lock file and the plugin version are as at the last run and the generated files are
 * untouched, the goal logs one line and starts nothing. {@code reverse} stays the goal for committed sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractEntitiesMojo {
    /** File of the up-to-date check, below {@code target/metalorm}. */
    static final String STAMP = "generate.sha256";

    /** The source root the entities are generated into. */
    @Parameter(property = "metalorm.generatedSourcesDirectory", defaultValue = "${project.build.directory}/generated-sources/metalorm")
    private File generatedSourcesDirectory;

    /** {@code false} regenerates on every build even when nothing changed. */
    @Parameter(property = "metalorm.upToDateCheck", defaultValue = "true")
    private boolean upToDateCheck;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Inject
    public GenerateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected void beforeSkip() {
        // first of all: a skipped or up-to-date run must still compile what an earlier run generated
        if (project != null) {
            project.addCompileSourceRoot(generatedSourcesDirectory.getAbsolutePath());
        }
    }

    @Override
    protected void doExecute(String jdbcUrl, String resolvedUser, String resolvedPassword) {
        long start = System.nanoTime();
        Path stamp = workDirectory().resolve(STAMP);
        MigrationSource source = fromMigrations() ? migrationSource(jdbcUrl) : null;
        String version = GeneratorVersion.get();
        // the configuration with a stand-in URL: the embedded engine's port changes from run to run
        ReverseConfig fingerprint = source == null ? null : generateConfig(configForFingerprint(source));
        if (fingerprint != null && upToDateCheck) {
            String inputs = UpToDate.inputs(source, fingerprint.toString(), version, fingerprint.lockFile());
            if (UpToDate.matches(stamp, inputs, UpToDate.outputs(fingerprint.packageDirectory()))) {
                getLog().info("Entities in " + generatedSourcesDirectory + " are up to date with the migrations, configuration and plugin"
                        + " version (" + (System.nanoTime() - start) / 1_000_000 + " ms, no database started).");
                return;
            }
        }
        UpToDate.invalidate(stamp);
        ReverseResult result = runLocked(buildDirectory,
                () -> withSchema(jdbcUrl, resolvedUser, resolvedPassword, builder -> pipeline().run(generateConfig(builder))));
        logStages(result);
        log(result.diagnostics());
        String suggested = result.suggestionSummary();
        if (suggested != null) {
            getLog().info(suggested);
        }
        getLog().info(result.summary());
        if (fingerprint != null) {
            // after the run: it may have written the lock file, which is an input of the next one
            UpToDate.write(stamp, UpToDate.inputs(source, fingerprint.toString(), version, fingerprint.lockFile()),
                    UpToDate.outputs(fingerprint.packageDirectory()));
        }
    }

    private ReverseConfig generateConfig(ReverseConfig.Builder builder) {
        return builder.outputDirectory(generatedSourcesDirectory.toPath())
                .generationGap(false)
                .reportFile(buildDirectory.toPath().resolve(ReverseReport.FILE))
                .build();
    }
}
