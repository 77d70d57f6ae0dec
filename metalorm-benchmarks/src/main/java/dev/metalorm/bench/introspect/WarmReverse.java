package dev.metalorm.bench.introspect;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.introspect.IntrospectorChoice;
import dev.metalorm.maven.introspect.Introspectors;
import dev.metalorm.maven.naming.EntityNamer;
import dev.metalorm.maven.pipeline.ReversePipeline;
import dev.metalorm.maven.pipeline.ReverseResult;
import dev.metalorm.maven.render.GeneratorVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * MetalORM's whole {@code reverse} (introspect, infer, name, render, write, lock file, report) warm in
 * this JVM: {@link ReversePipeline#run} with the production stages, each wrapped in a timer, into a
 * fresh output directory per run (a first generation, as jOOQ's generator always does). The pipeline
 * opens its own connection per run, as the goal does; that is part of the total ("connect"). Outputs are
 * kept until the caller deletes {@code scratch} after the last run.
 */
final class WarmReverse {
    /** Seconds of one run: total and per stage; {@code rest} = render, write plan, write, lock file, report. */
    record Run(double total, double connect, double introspect, double infer, double naming, int statements, int files,
               double check) {
        /** Render, write plan, write, lock file, report. */
        double rest() {
            return total - connect - introspect - infer - naming;
        }

        /** Render and write plan: {@link ReversePipeline#check} (every stage but writing) less the timed stages. */
        double render() {
            return check - connect - introspect - infer - naming;
        }

        /** Writing the files, the lock file and the report: {@code run} less {@code check}. */
        double write() {
            return total - check;
        }
    }

    private final String url;
    private final String schema;
    private final Path scratch;
    private final AtomicInteger statements = new AtomicInteger();
    private long connectNanos;
    private long introspectNanos;
    private long inferNanos;
    private long namingNanos;
    private final ReversePipeline pipeline;

    WarmReverse(String url, String schema, Path scratch) {
        this.url = url;
        this.schema = schema;
        this.scratch = scratch;
        this.pipeline = new ReversePipeline(
                (u, user, password) -> {
                    long t = System.nanoTime();
                    try {
                        return IntrospectMain.counting(ReversePipeline.driverManager(u, user, password), statements);
                    } finally {
                        connectNanos += System.nanoTime() - t;
                    }
                },
                (connection, choice) -> {
                    var real = Introspectors.forConnection(connection, IntrospectorChoice.parse(choice));
                    return (c, request) -> {
                        long t = System.nanoTime();
                        try {
                            return real.read(c, request);
                        } finally {
                            introspectNanos += System.nanoTime() - t;
                        }
                    };
                },
                (snapshot, overrides) -> {
                    long t = System.nanoTime();
                    try {
                        return RelationInferrer.infer(snapshot, overrides);
                    } finally {
                        inferNanos += System.nanoTime() - t;
                    }
                },
                (snapshot, inference, overrides, packageName, lock, gap) -> {
                    long t = System.nanoTime();
                    try {
                        return EntityNamer.name(snapshot, inference, overrides, packageName, lock, gap);
                    } finally {
                        namingNanos += System.nanoTime() - t;
                    }
                },
                GeneratorVersion.get());
    }

    Run run() throws IOException {
        Path out = Files.createTempDirectory(scratch, "reverse");
        ReverseConfig config = ReverseConfig.builder()
                .url(url).schema(schema).packageName("mbench.metalorm")
                .outputDirectory(out.resolve("src"))
                .lockFile(out.resolve("metalorm.lock"))
                .reportFile(out.resolve("reverse-report.json"))
                .build();
        // first everything but writing (check), then the same run again with writing: the difference is the write
        long t = System.nanoTime();
        pipeline.check(config);
        double check = (System.nanoTime() - t) / 1e9;
        statements.set(0);
        connectNanos = introspectNanos = inferNanos = namingNanos = 0;
        t = System.nanoTime();
        ReverseResult result = pipeline.run(config);
        double total = (System.nanoTime() - t) / 1e9;
        Run r = new Run(total, connectNanos / 1e9, introspectNanos / 1e9, inferNanos / 1e9, namingNanos / 1e9,
                statements.get(), result.files().written(), check);
        // not deleted here: on this machine's ext4 (mounted with discard) creating files right after
        // deleting thousands costs ~0.6 ms a file, which would be the file system's time, not ours;
        // the caller deletes the scratch directory after the last run
        return r;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
