package dev.metalorm.maven;

import dev.metalorm.maven.pipeline.CheckResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fails the build when the entities on disk are not what {@code metalorm:reverse} would write now:
 * reads the database, names (with {@code metalorm.lock}) and renders exactly as {@code reverse} does,
 * writes nothing, and compares. The failure lists the schema drift since the lock file (tables added
 * and dropped; columns and relations added, dropped, changed), the files that would change, and
 * files edited by hand. For CI: bind it to {@code verify} with the same configuration as {@code reverse}.
 */
@Mojo(name = "check", threadSafe = true, requiresProject = true, defaultPhase = LifecyclePhase.VERIFY)
public class CheckMojo extends AbstractEntitiesMojo {
    @Inject
    public CheckMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void doExecute(String jdbcUrl, String resolvedUser, String resolvedPassword) throws MojoFailureException {
        CheckResult result = withSchema(jdbcUrl, resolvedUser, resolvedPassword, builder -> pipeline().check(builder.build()));
        log(result.diagnostics());
        if (!result.upToDate()) {
            if (result.drift() != null) {
                result.drift().lines().forEach(line -> getLog().warn("drift: " + line));
            }
            throw new MojoFailureException(result.message());
        }
        getLog().info("Entities are up to date with schema " + result.snapshot().schema() + " (" + result.snapshot().product() + " "
                + result.snapshot().productVersion() + "): " + result.snapshot().tables().size() + " tables, "
                + result.plan().result().unchanged().size() + " files checked.");
    }
}
