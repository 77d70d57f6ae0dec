package dev.metalorm.bench.introspect;

import dev.metalorm.bench.Args;
import dev.metalorm.bench.CountingDriver;
import dev.metalorm.bench.relations.RelationsMain;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * For each database and each N: creates the synthetic schema, then times (a) the floor, the four
 * bulk catalog queries read into per-table facts, warm in this JVM, and (c) jOOQ's code generator
 * end to end under Maven (one {@code mvnw} process per run, as a user runs it), with a Maven run of
 * the same pom whose generator is skipped as the start-up baseline. Prints min/median seconds, ms
 * per table and statements, then drops the database.
 *
 * <p>Our side (MetalORM's introspector and {@code metalorm:reverse}) is added here once the
 * plugin's introspection lands in this branch: see BENCHMARKS.md.
 */
public final class IntrospectMain {
    private IntrospectMain() {
    }

    record Timing(double min, double median) {
        static Timing of(List<Double> seconds) {
            double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
            return new Timing(s[0], median);
        }
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        List<String> dbs = args.list("db", "mariadb,postgres");
        List<Integer> sizes = args.list("tables", "100,1000,3000").stream().map(Integer::parseInt).toList();
        int runs = args.integer("runs", 5);
        int mavenRuns = args.integer("maven-runs", 3);
        long seed = args.integer("seed", 42);
        boolean jooq = !args.flag("no-jooq");
        // our side, in-process: an Introspector implementation with a public no-argument constructor
        Map<String, String> readers = new LinkedHashMap<>();
        for (String spec : args.list("reader", "")) {
            // db=CLASS or CLASS for every db
            int eq = spec.indexOf('=');
            if (eq < 0) {
                dbs.forEach(d -> readers.put(d, spec));
            } else {
                readers.put(spec.substring(0, eq), spec.substring(eq + 1));
            }
        }
        Path repo = Path.of(args.value("repo", ".")).toAbsolutePath().normalize();
        Path peerPom = repo.resolve("metalorm-benchmarks/jooq-peer/pom.xml");
        Path benchJar = repo.resolve("metalorm-benchmarks/target/metalorm-benchmarks-0.1.0-SNAPSHOT.jar");
        if (jooq && (!Files.exists(peerPom) || !Files.exists(benchJar))) {
            throw new IllegalStateException("Run from the repository root after -Pbenchmarks package: missing " + peerPom
                    + " or " + benchJar);
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"db", "tables", "schema shape (generated = read by floor)", "floor s min/med", "floor ms/table",
            "floor stmts", "ours s min/med", "ours ms/table", "ours stmts", "ours / floor", "jOOQ mvn s min/med", "jOOQ ms/table", "jOOQ stmts", "mvn no-op s", "jOOQ−no-op / floor"});
        for (int n : sizes) {
            SyntheticSchema schema = new SyntheticSchema(n, seed);
            SyntheticSchema.Stats expected = schema.stats();
            for (String db : dbs) {
                String name = "mbench_intro_" + n + "_" + ProcessHandle.current().pid();
                try {
                    double loadSeconds = SchemaLoader.load(db, name, schema);
                    System.out.printf(Locale.ROOT, "%s N=%d: created %s in %.1f s: %s%n", db, n, name, loadSeconds, expected);
                    // (a) the floor, warm: same JVM, connection open
                    AtomicInteger statements = new AtomicInteger();
                    List<Double> floor = new ArrayList<>();
                    Floor.Facts facts = null;
                    try (Connection raw = DriverManager.getConnection(SchemaLoader.url(db, name))) {
                        Connection c = counting(raw, statements);
                        int warm = n >= 3000 ? 3 : 5;
                        for (int i = 0; i < warm; i++) {
                            Floor.read(db, c, name);
                        }
                        for (int i = 0; i < runs; i++) {
                            statements.set(0);
                            long t = System.nanoTime();
                            facts = Floor.read(db, c, name);
                            floor.add((System.nanoTime() - t) / 1e9);
                        }
                    }
                    SyntheticSchema.Stats read = facts.stats();
                    check(expected, read);
                    Timing f = Timing.of(floor);
                    System.out.printf(Locale.ROOT, "  floor: %.3f / %.3f s, %d statements; read %s%n", f.min(), f.median(),
                            statements.get(), read);

                    String oursCell = "-", oursPer = "-", oursStmts = "-", oursRatio = "-";
                    if (readers.containsKey(db)) {
                        List<Double> ours = new ArrayList<>();
                        AtomicInteger oursCount = new AtomicInteger();
                        Object snapshot = null;
                        try (Connection raw = DriverManager.getConnection(SchemaLoader.url(db, name))) {
                            Connection c = counting(raw, oursCount);
                            OurReader r = new OurReader(readers.get(db), db.equals("postgres") ? "public" : name);
                            int warm = n >= 3000 ? 3 : 5;
                            for (int i = 0; i < warm; i++) {
                                r.read(c);
                            }
                            for (int i = 0; i < runs; i++) {
                                oursCount.set(0);
                                long t = System.nanoTime();
                                snapshot = r.read(c);
                                ours.add((System.nanoTime() - t) / 1e9);
                            }
                        }
                        Timing o = Timing.of(ours);
                        oursCell = String.format(Locale.ROOT, "%.3f / %.3f", o.min(), o.median());
                        oursPer = String.format(Locale.ROOT, "%.3f", 1000 * o.median() / n);
                        oursStmts = String.valueOf(oursCount.get());
                        oursRatio = String.format(Locale.ROOT, "%.2fx", o.median() / f.median());
                        System.out.printf(Locale.ROOT, "  ours (%s): %s s, %s statements, %s%n", readers.get(db), oursCell,
                                oursStmts, OurReader.describe(snapshot));
                    }
                    String jooqCell = "-", jooqPer = "-", jooqStmts = "-", noop = "-", ratio = "-";
                    if (jooq) {
                        Path out = repo.resolve("metalorm-benchmarks/target/jooq-" + db + "-" + n);
                        Path countFile = Files.createTempFile("mbench-count", ".txt");
                        List<String> props = jooqProperties(db, name, out, countFile);
                        List<String> skipProps = new ArrayList<>(props);
                        skipProps.add("-Djooq.codegen.skip=true");
                        maven(repo, peerPom, skipProps, false); // resolves the plugin and its dependencies; not timed
                        List<Double> gen = new ArrayList<>();
                        List<Double> skip = new ArrayList<>();
                        for (int i = 0; i < mavenRuns; i++) { // alternated, so that drifting load hits both alike
                            gen.add(maven(repo, peerPom, props, true));
                            skip.add(maven(repo, peerPom, skipProps, true));
                        }
                        long files;
                        try (Stream<Path> s = Files.walk(out)) {
                            files = s.filter(p -> p.toString().endsWith(".java")).count();
                        }
                        Timing j = Timing.of(gen);
                        Timing k = Timing.of(skip);
                        jooqCell = String.format(Locale.ROOT, "%.2f / %.2f", j.min(), j.median());
                        jooqPer = String.format(Locale.ROOT, "%.2f", 1000 * j.median() / n);
                        jooqStmts = Files.readString(countFile).trim();
                        noop = String.format(Locale.ROOT, "%.2f", k.median());
                        ratio = String.format(Locale.ROOT, "%.0fx", (j.median() - k.median()) / f.median());
                        System.out.printf(Locale.ROOT, "  jOOQ under Maven: %s s (%d Java files, %s statements); Maven with "
                                + "the generator skipped: %.2f s%n", jooqCell, files, jooqStmts, k.median());
                        Files.deleteIfExists(countFile);
                    }
                    rows.add(new String[] {db, String.valueOf(n),
                        String.format(Locale.ROOT, "%,d cols, %,d FKs, %d junctions, %d composite PKs, %d self-FKs",
                                read.columns(), read.foreignKeys(), read.junctions(), read.compositeKeys(), read.selfReferences()),
                        String.format(Locale.ROOT, "%.3f / %.3f", f.min(), f.median()),
                        String.format(Locale.ROOT, "%.3f", 1000 * f.median() / n), String.valueOf(statements.get()),
                        oursCell, oursPer, oursStmts, oursRatio, jooqCell, jooqPer, jooqStmts, noop, ratio});
                } finally {
                    SchemaLoader.drop(db, name);
                }
            }
        }
        System.out.println();
        System.out.println("Introspection of the synthetic schema (seed " + seed + "): floor warm in one JVM (" + runs
                + " runs); jOOQ " + "3.19 codegen end to end under Maven, one mvnw process per run (" + mavenRuns + " runs)");
        RelationsMain.printTable(rows);
    }

    private static void check(SyntheticSchema.Stats expected, SyntheticSchema.Stats read) {
        if (expected.tables() != read.tables() || expected.columns() != read.columns()
                || expected.foreignKeys() != read.foreignKeys() || expected.uniqueKeys() != read.uniqueKeys()
                || expected.comments() != read.comments() || expected.compositeKeys() != read.compositeKeys()) {
            throw new IllegalStateException("The floor read " + read + " but the schema has " + expected);
        }
    }

    private static List<String> jooqProperties(String db, String name, Path out, Path countFile) {
        boolean pg = db.equals("postgres");
        return new ArrayList<>(Arrays.asList(
                "-Dmbench.url=" + CountingDriver.PREFIX + (pg ? dev.metalorm.bench.Databases.postgres(name)
                        : dev.metalorm.bench.Databases.mariadb(name, "")),
                "-Dmbench.user=" + (pg ? "postgres" : "root"),
                "-Dmbench.jooqDatabase=" + (pg ? "org.jooq.meta.postgres.PostgresDatabase" : "org.jooq.meta.mariadb.MariaDBDatabase"),
                "-Dmbench.schema=" + (pg ? "public" : name),
                "-Dmbench.out=" + out,
                "-Dmbench.countFile=" + countFile));
    }

    /** Runs {@code mvnw generate-sources} on the peer pom; returns its wall-clock seconds. */
    private static double maven(Path repo, Path pom, List<String> props, boolean offline) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("mvnw").toString(), "-B", "-q"));
        if (offline) {
            cmd.add("-o");
        }
        cmd.addAll(List.of("-f", pom.toString(), "generate-sources"));
        cmd.addAll(props);
        Path log = Files.createTempFile("mbench-mvn", ".log");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Maven timed out: " + String.join(" ", cmd));
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Maven failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n"
                    + Files.readString(log));
        }
        Files.deleteIfExists(log);
        return seconds;
    }

    /** Counts statements prepared or created on the connection. */
    static Connection counting(Connection physical, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(IntrospectMain.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String n = method.getName();
                    if (n.startsWith("prepare") || n.equals("createStatement")) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
