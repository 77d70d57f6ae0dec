package dev.metalorm.maven;

import dev.metalorm.maven.config.ConfigException;
import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.UrlRedaction;
import dev.metalorm.maven.introspect.IntrospectionException;
import dev.metalorm.maven.migrate.MigrationException;
import dev.metalorm.maven.pipeline.ConnectionException;
import dev.metalorm.maven.pipeline.ReverseFailedException;
import dev.metalorm.maven.pipeline.RunLockException;
import dev.metalorm.maven.write.WriteConflictException;
import dev.metalorm.maven.write.WriteFailedException;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every metalorm goal that talks to a database shares: {@code skip} first, the connection
 * parameters, credentials from settings.xml, and one mapping of
 * exceptions: what the user can fix fails the build ({@link MojoFailureException}), anything else
 * is our bug ({@link MojoExecutionException}).
 */
public abstract class AbstractMetalOrmMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "metalorm.skip", defaultValue = "false")
    private boolean skip;

    /** JDBC URL of the database, e.g. {@code jdbc:mysql://localhost:3306/shop} or {@code jdbc:postgresql://localhost:5432/shop}. */
    @Parameter(property = "metalorm.url")
    private String url;

    /** Database user. Leave out when {@code serverId} is set. */
    @Parameter(property = "metalorm.user")
    private String user;

    /** Database password. Leave out when {@code serverId} is set; prefer {@code serverId} with an encrypted settings.xml password. */
    @Parameter(property = "metalorm.password")
    private String password;

    /** Id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password are used. */
    @Parameter(property = "metalorm.serverId")
    private String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    /** The build's -D properties (command line, MAVEN_OPTS, .mvn/maven.config): where a password is no secret. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    private Properties userProperties;

    /** The user properties last warned about: one warning per build, not one per module or goal. */
    private static WeakReference<Properties> warnedAbout = new WeakReference<>(null);

    private final SettingsDecrypter decrypter;

    protected AbstractMetalOrmMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        beforeSkip();
        if (skip) {
            getLog().info("Skipping metalorm:" + goal() + " (metalorm.skip=true).");
            return;
        }
        try {
            ReverseConfig.checkCredentials(serverId, user, password);
            warnOfCommandLinePassword();
            String[] credentials = credentials();
            doExecute(url, credentials[0], credentials[1]);
        } catch (ConfigException | ConnectionException | IntrospectionException | WriteConflictException | WriteFailedException
                 | ReverseFailedException | RunLockException | MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("metalorm:" + goal() + " failed unexpectedly (" + UrlRedaction.redactText(e.toString())
                    + "); please report this with the output of -e -X.", e);
        }
    }

    /** What must happen even when the goal is skipped (generate adds its source root, so that a skipped run still compiles). */
    protected void beforeSkip() {
    }

    /** The goal's name, for log lines. */
    protected abstract String goal();

    /**
     * Does the goal's work; user-fixable problems are thrown as the exceptions of the config,
     * pipeline, introspect and write packages.
     *
     * @param jdbcUrl the {@code metalorm.url} value, unchecked
     * @param resolvedUser user from the parameters or the settings server
     * @param resolvedPassword password from the parameters or the settings server, decrypted
     */
    protected abstract void doExecute(String jdbcUrl, String resolvedUser, String resolvedPassword)
            throws MojoExecutionException, MojoFailureException;

    /**
     * A password given as {@code -Dmetalorm.password=…} (or as any -D property the pom's {@code <password>} refers to)
     * is printed by Maven's own configuration dump under {@code -X}, and kept by the shell's history: say so once,
     * and what to use instead.
     */
    private void warnOfCommandLinePassword() {
        if (password == null || password.isEmpty() || userProperties == null) {
            return;
        }
        List<String> keys = userProperties.stringPropertyNames().stream()
                .filter(key -> password.equals(userProperties.getProperty(key))).sorted().toList();
        synchronized (AbstractMetalOrmMojo.class) {
            if (keys.isEmpty() || warnedAbout.get() == userProperties) {
                return;
            }
            warnedAbout = new WeakReference<>(userProperties);
        }
        getLog().warn("The database password comes from the command line (" + keys.stream().map(k -> "-D" + k).collect(Collectors.joining(", "))
                + "): mvn -X prints it in the mojo configuration and your shell keeps it in its history. Put it in"
                + " ~/.m2/settings.xml as an encrypted <server> password (mvn --encrypt-password) and set metalorm.serverId instead.");
    }

    private String[] credentials() {
        if (serverId == null || serverId.isBlank()) {
            return new String[] {user, password};
        }
        Server server = settings == null ? null : settings.getServer(serverId.trim());
        if (server == null) {
            throw new ConfigException("metalorm.serverId \"" + serverId + "\" names no <server> in settings.xml:"
                    + " add one with <username> and <password>, or set metalorm.user and metalorm.password instead.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() == SettingsProblem.Severity.ERROR || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
                throw new ConfigException("Cannot decrypt the password of <server> \"" + serverId + "\" in settings.xml ("
                        + problem.getMessage() + "): check settings-security.xml, or see metalorm.serverId.");
            }
        }
        Server decrypted = result.getServer() == null ? server : result.getServer();
        return new String[] {decrypted.getUsername(), decrypted.getPassword()};
    }
}
