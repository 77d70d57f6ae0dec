package dev.metalorm.maven.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Pom binding of {@code <migrations>}: the schema comes from migrations applied to a throwaway embedded
 * engine instead of from {@code metalorm.url}. Maven fills the fields; {@link dev.metalorm.maven.migrate.MigrationSource#of}
 * validates them.
 *
 * <pre>{@code
 * <migrations>
 *   <engine>postgres</engine>
 *   <locations><location>filesystem:src/main/resources/db/migration</location></locations>
 * </migrations>
 * }</pre>
 */
public final class MigrationsConfig {
    /** {@code postgres}, {@code mariadb} or {@code h2}. Required: the SQL dialect of the migrations is a choice, not a default. */
    private String engine;
    /** Flyway locations ({@code filesystem:} or plain directories), scanned for {@code V1__name.sql} migrations. */
    private List<String> locations = new ArrayList<>();
    /** Plain SQL scripts, applied in the order given (instead of, or after, nothing: not together with locations). */
    private List<String> scripts = new ArrayList<>();
    /** For {@code h2} only: an H2 compatibility mode such as {@code PostgreSQL}, {@code MySQL} or {@code MariaDB}. */
    private String compatibility;

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public List<String> getScripts() {
        return scripts;
    }

    public void setScripts(List<String> scripts) {
        this.scripts = scripts;
    }

    public String getCompatibility() {
        return compatibility;
    }

    public void setCompatibility(String compatibility) {
        this.compatibility = compatibility;
    }
}
