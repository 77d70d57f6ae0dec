package dev.metalorm.maven.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/** Applies the migrations with Flyway (its parser, ordering and validation; no runner of our own). */
public final class FlywayMigrations {
    /** Flyway's history table; left out of what is generated. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private FlywayMigrations() {
    }

    /**
     * @param workDirectory scratch directory: plain scripts are copied there under Flyway's names ({@code V1__name.sql})
     * @param verbose whether Flyway's own lines (it logs through java.util.logging inside Maven) are shown; else only its warnings
     * @return how many migrations were applied, and the time their statements took
     * @throws MigrationException naming the failing file and line
     */
    public static Applied apply(EmbeddedDatabase db, MigrationSource source, Path workDirectory, boolean verbose) {
        // Flyway finds its database support through ServiceLoader: it must search the plugin's class loader
        FluentConfiguration configuration = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(db.url(), db.user(), db.password())
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true);
        Map<String, Path> originals = new HashMap<>();
        if (source.plainScripts()) {
            Path copies = copyAsVersions(source.scripts(), workDirectory.resolve("scripts"), originals);
            // plain scripts were not written for Flyway: ${...} in them is SQL, not a placeholder
            configuration.locations("filesystem:" + copies).placeholderReplacement(false);
        } else {
            configuration.locations(source.locations().stream().map(p -> "filesystem:" + p).toArray(String[]::new));
        }
        // a local holds the logger strongly: java.util.logging keeps loggers weakly, and a collected one forgets its level
        Logger flywayLogger = Logger.getLogger("org.flywaydb");
        Level before = flywayLogger.getLevel();
        if (!verbose) {
            flywayLogger.setLevel(Level.WARNING);
        }
        try {
            MigrateResult result = configuration.load().migrate();
            return new Applied(result.migrationsExecuted, result.getTotalMigrationTime());
        } catch (FlywayException e) {
            throw translate(e, originals);
        } finally {
            flywayLogger.setLevel(before);
        }
    }

    /**
     * @param count migrations applied
     * @param statementMillis the time Flyway measured inside the migrations; the rest of a run is Flyway's start and validation
     */
    public record Applied(int count, long statementMillis) {
    }

    private static Path copyAsVersions(List<Path> scripts, Path directory, Map<String, Path> originals) {
        try {
            if (Files.isDirectory(directory)) {
                try (var old = Files.list(directory)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(directory);
            int version = 1;
            for (Path script : scripts) {
                String base = script.getFileName().toString().replaceFirst("(?i)\\.sql$", "");
                String name = "V" + version++ + "__" + base.replaceAll("[^A-Za-z0-9]+", "_") + ".sql";
                Files.copy(script, directory.resolve(name));
                originals.put(name, script);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MigrationException translate(FlywayException e, Map<String, Path> originals) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException script) {
                String file = script.getResource() == null ? "a migration" : originalName(script.getResource().getFilename(),
                        script.getResource().getAbsolutePathOnDisk(), originals);
                // the driver's first line says what is wrong; H2 repeats the statement after it, which follows anyway
                String reason = firstLine(script.getCause() instanceof SQLException sql ? sql.getMessage() : script.getMessage());
                String statement = script.getStatement() == null ? "" : script.getStatement().strip().replaceAll("\\s+", " ");
                if (statement.length() > 200) {
                    statement = statement.substring(0, 200) + "…";
                }
                return new MigrationException("Migration " + file + " failed" + (script.getLineNumber() > 0 ? " at line " + script.getLineNumber() : "")
                        + ": " + reason + (statement.isEmpty() ? "" : "\n  statement: " + statement), e);
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        for (Map.Entry<String, Path> copy : originals.entrySet()) {
            message = message.replace(copy.getKey(), copy.getValue().toString());
        }
        return new MigrationException("Flyway could not apply the migrations: " + message, e);
    }

    private static String originalName(String filename, String pathOnDisk, Map<String, Path> originals) {
        Path original = originals.get(filename);
        if (original != null) {
            return original.toString();
        }
        return pathOnDisk != null && !pathOnDisk.isBlank() ? pathOnDisk : filename;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    /** The excludes value that also leaves out Flyway's history table. */
    public static String excludingHistory(String excludes) {
        List<String> parts = new ArrayList<>();
        if (excludes != null && !excludes.isBlank()) {
            parts.add(excludes.trim());
        }
        parts.add(HISTORY_TABLE);
        return String.join(",", parts);
    }
}
