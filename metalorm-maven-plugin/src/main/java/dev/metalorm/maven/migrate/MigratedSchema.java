package dev.metalorm.maven.migrate;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Starts the engine, applies the migrations, hands the database to the rest of the run, stops the engine. */
public final class MigratedSchema {
    private MigratedSchema() {
    }

    /**
     * @param verbose whether the engine's and Flyway's own log lines are shown
     * @param progress receives one line per stage, with counts and elapsed milliseconds
     * @param work what reads the migrated database (introspect → … → write)
     */
    public static <T> T apply(MigrationSource source, Path workDirectory, boolean verbose, Consumer<String> progress, Function<EmbeddedDatabase, T> work) {
        long start = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedEngines.start(source, workDirectory)) {
            long started = System.nanoTime();
            progress.accept("Started " + db.description() + " in " + millis(start, started) + " ms");
            FlywayMigrations.Applied applied = FlywayMigrations.apply(db, source, workDirectory, verbose);
            long migrated = System.nanoTime();
            // Flyway's own start (class scanning, validation, history table) is most of a short run: say so
            progress.accept("Applied " + applied.count() + (applied.count() == 1 ? " migration" : " migrations") + " in "
                    + millis(started, migrated) + " ms (" + applied.statementMillis() + " ms in the migrations, the rest Flyway's start)");
            return work.apply(db);
        }
    }

    static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
