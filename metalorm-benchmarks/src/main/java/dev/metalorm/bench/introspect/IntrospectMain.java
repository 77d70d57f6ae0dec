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
 * bulk catalog queries read into per-table facts, warm in this JVM; our introspector (by default
 * MetalORM's bulk SQL readers; {@code --reader}) on the same warm footing; and (c) jOOQ's code
 * generator end to end under Maven (one {@code mvnw} process per run, as a user runs it), with a
 * Maven run of the same pom whose generator is skipped as the start-up baseline. The {@code reverse}
 * command adds the SchemaCrawler reader (capped), our whole {@code reverse} warm in-process per
 * stage ({@link WarmReverse}), and {@code metalorm:reverse} under Maven ({@code reverse-peer/pom.xml})
 * alternated with jOOQ. Prints min/median seconds, ms per table and statements, then drops the database.
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

    /** The {@code reverse} command. */
    public static void reverse(String[] argv) throws Exception {
        run(argv, true);
    }

    /** Our bulk SQL readers: the default of {@code --reader}. */
    static final String OUR_READERS = "mariadb=dev.metalorm.maven.introspect.MySqlIntrospector,"
            + "postgres=dev.metalorm.maven.introspect.PostgresIntrospector";
    static final String SCHEMACRAWLER = "dev.metalorm.maven.introspect.SchemaCrawlerIntrospector";

    public static void main(String[] argv) throws Exception {
        run(argv, false);
    }

    /**
     * {@code introspect}, or with {@code reverse} also: our whole reverse warm in-process (per stage),
     * the SchemaCrawler reader (capped), and {@code metalorm:reverse} under Maven beside jOOQ.
     */
    static void run(String[] argv, boolean reverse) throws Exception {
        Args args = new Args(argv);
        List<String> dbs = args.list("db", "mariadb,postgres");
        List<Integer> sizes = args.list("tables", "100,1000,3000").stream().map(Integer::parseInt).toList();
        int runs = args.integer("runs", 5);
        int mavenRuns = args.integer("maven-runs", 3);
        long seed = args.integer("seed", 42);
        boolean jooq = !args.flag("no-jooq");
        boolean mavenOurs = reverse && !args.flag("no-maven");
        // SchemaCrawler reader: up to this N (MariaDB: up to --schemacrawler-mariadb-max, it reads per table)
        int scMax = reverse ? args.integer("schemacrawler-max", 1000) : 0;
        int scMariadbMax = args.integer("schemacrawler-mariadb-max", 100);
        // our side, in-process: an Introspector implementation with a public no-argument constructor
        Map<String, String> readers = new LinkedHashMap<>();
        for (String spec : args.list("reader", OUR_READERS)) {
            if (spec.equals("none")) {
                readers.clear();
                break;
            }
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
        Path oursPom = repo.resolve("metalorm-benchmarks/reverse-peer/pom.xml");
        Path benchJar = repo.resolve("metalorm-benchmarks/target/metalorm-benchmarks-0.1.0-SNAPSHOT.jar");
        if ((jooq || mavenOurs) && (!Files.exists(peerPom) || !Files.exists(oursPom) || !Files.exists(benchJar))) {
            throw new IllegalStateException("Run from the repository root after -Pbenchmarks package: missing " + peerPom
                    + ", " + oursPom + " or " + benchJar);
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"db", "tables", "schema shape (generated = read by floor)", "floor s min/med", "floor ms/table",
            "floor stmts", "ours s min/med", "ours ms/table", "ours stmts", "ours / floor", "jOOQ mvn s min/med", "jOOQ ms/table", "jOOQ stmts", "mvn no-op s", "jOOQ−no-op / floor"});
        List<String[]> reverseRows = new ArrayList<>();
        reverseRows.add(new String[] {"db", "tables", "floor s med", "ours introspect s med", "ours / floor",
            "SchemaCrawler s min/med", "SC / floor", "reverse warm s min/med", "reverse ms/table", "connect / introspect / infer / name / render+plan / write s",
            "reverse stmts", "files", "ours mvn s min/med", "ours no-op s", "jOOQ mvn s min/med", "jOOQ no-op s",
            "ours mvn / jOOQ mvn", "(ours−no-op) / (jOOQ−no-op)", "ours mvn stmts", "jOOQ stmts"});
        for (int n : sizes) {
            SyntheticSchema schema = new SyntheticSchema(n, seed);
            SyntheticSchema.Stats expected = schema.stats();
            for (String db : dbs) {
                String name = "mbench_intro_" + n + "_" + ProcessHandle.current().pid();
                String schemaName = db.equals("postgres") ? "public" : name;
                try {
                    double loadSeconds = SchemaLoader.load(db, name, schema);
                    System.out.printf(Locale.ROOT, "%s N=%d: created %s in %.1f s: %s (load %.1f)%n", db, n, name, loadSeconds,
                            expected, load());
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

                    String oursCell = "-", oursPer = "-", oursStmts = "-", oursRatio = "-", oursMed = "-";
                    if (readers.containsKey(db)) {
                        AtomicInteger oursCount = new AtomicInteger();
                        Timing o = timeReader(readers.get(db), db, name, schemaName, n >= 3000 ? 3 : 5, runs, oursCount, 0);
                        oursCell = String.format(Locale.ROOT, "%.3f / %.3f", o.min(), o.median());
                        oursMed = String.format(Locale.ROOT, "%.3f", o.median());
                        oursPer = String.format(Locale.ROOT, "%.3f", 1000 * o.median() / n);
                        oursStmts = String.valueOf(oursCount.get());
                        oursRatio = String.format(Locale.ROOT, "%.2fx", o.median() / f.median());
                    }
                    String scCell = "-", scRatio = "-";
                    if (reverse && n <= scMax && (!db.equals("mariadb") || n <= scMariadbMax)) {
                        // capped: 1 warm-up, 2 timed runs (3 at 100 tables)
                        Timing sc = timeReader(SCHEMACRAWLER, db, name, schemaName, 1, n <= 100 ? 3 : 2, new AtomicInteger(), 60);
                        scCell = sc == null ? "> 60 s (capped)" : String.format(Locale.ROOT, "%.2f / %.2f", sc.min(), sc.median());
                        scRatio = sc == null ? "-" : String.format(Locale.ROOT, "%.0fx", sc.median() / f.median());
                    } else if (reverse) {
                        scCell = db.equals("mariadb") && n <= scMax ? "skipped (per-table metadata calls: minutes)" : "not run";
                    }
                    String revCell = "-", revPer = "-", revStages = "-", revStmts = "-", revFiles = "-";
                    if (reverse) {
                        Path scratch = Files.createTempDirectory("mbench-reverse");
                        WarmReverse wr = new WarmReverse(SchemaLoader.url(db, name), schemaName, scratch);
                        int warm = n >= 3000 ? 2 : 4;
                        for (int i = 0; i < warm; i++) {
                            wr.run();
                        }
                        List<WarmReverse.Run> rr = new ArrayList<>();
                        for (int i = 0; i < runs; i++) {
                            rr.add(wr.run());
                        }
                        WarmReverse.delete(scratch);
                        Timing t = Timing.of(rr.stream().map(WarmReverse.Run::total).toList());
                        revCell = String.format(Locale.ROOT, "%.3f / %.3f", t.min(), t.median());
                        revPer = String.format(Locale.ROOT, "%.3f", 1000 * t.median() / n);
                        revStages = String.format(Locale.ROOT, "%.3f / %.3f / %.3f / %.3f / %.3f / %.3f",
                                med(rr, WarmReverse.Run::connect), med(rr, WarmReverse.Run::introspect), med(rr, WarmReverse.Run::infer),
                                med(rr, WarmReverse.Run::naming), med(rr, WarmReverse.Run::render), med(rr, WarmReverse.Run::write));
                        revStmts = String.valueOf(rr.get(0).statements());
                        revFiles = String.valueOf(rr.get(0).files());
                        System.out.printf(Locale.ROOT, "  reverse warm: %s s (%s ms/table; connect/introspect/infer/name/render+plan/write %s), "
                                + "%s statements, %s files (load %.1f)%n", revCell, revPer, revStages, revStmts, revFiles, load());
                    }
                    String jooqCell = "-", jooqPer = "-", jooqStmts = "-", noop = "-", ratio = "-";
                    String omCell = "-", omNoop = "-", omRatio = "-", omOwnRatio = "-", omStmts = "-";
                    if (jooq || mavenOurs) {
                        Path out = repo.resolve("metalorm-benchmarks/target/jooq-" + db + "-" + n);
                        Path oursOut = repo.resolve("metalorm-benchmarks/target/reverse-" + db + "-" + n);
                        Path countFile = Files.createTempFile("mbench-count", ".txt");
                        Path oursCountFile = Files.createTempFile("mbench-count", ".txt");
                        List<String> props = jooqProperties(db, name, out, countFile);
                        List<String> skipProps = new ArrayList<>(props);
                        skipProps.add("-Djooq.codegen.skip=true");
                        List<String> oursProps = jooqProperties(db, name, oursOut, oursCountFile);
                        List<String> oursSkip = new ArrayList<>(oursProps);
                        oursSkip.add("-Dmetalorm.skip=true");
                        if (jooq) {
                            maven(repo, peerPom, skipProps, false); // resolves the plugin and its dependencies; not timed
                        }
                        if (mavenOurs) {
                            maven(repo, oursPom, oursSkip, false);
                        }
                        List<Double> gen = new ArrayList<>();
                        List<Double> skip = new ArrayList<>();
                        List<Double> oursGen = new ArrayList<>();
                        List<Double> oursNoop = new ArrayList<>();
                        for (int i = 0; i < mavenRuns; i++) { // alternated, so that drifting load hits all alike
                            if (mavenOurs) {
                                WarmReverse.delete(oursOut); // a first generation each run, as jOOQ's (it cleans its directory)
                                oursGen.add(maven(repo, oursPom, oursProps, true));
                                oursNoop.add(maven(repo, oursPom, oursSkip, true));
                            }
                            if (jooq) {
                                gen.add(maven(repo, peerPom, props, true));
                                skip.add(maven(repo, peerPom, skipProps, true));
                            }
                        }
                        Timing j = jooq ? Timing.of(gen) : null;
                        Timing k = jooq ? Timing.of(skip) : null;
                        if (jooq) {
                            long files;
                            try (Stream<Path> s = Files.walk(out)) {
                                files = s.filter(p -> p.toString().endsWith(".java")).count();
                            }
                            jooqCell = String.format(Locale.ROOT, "%.2f / %.2f", j.min(), j.median());
                            jooqPer = String.format(Locale.ROOT, "%.2f", 1000 * j.median() / n);
                            jooqStmts = Files.readString(countFile).trim();
                            noop = String.format(Locale.ROOT, "%.2f", k.median());
                            ratio = String.format(Locale.ROOT, "%.0fx", (j.median() - k.median()) / f.median());
                            System.out.printf(Locale.ROOT, "  jOOQ under Maven: %s s (%d Java files, %s statements); Maven with "
                                    + "the generator skipped: %.2f s%n", jooqCell, files, jooqStmts, k.median());
                        }
                        if (mavenOurs) {
                            long files;
                            try (Stream<Path> s = Files.walk(oursOut)) {
                                files = s.filter(p -> p.toString().endsWith(".java")).count();
                            }
                            Timing m = Timing.of(oursGen);
                            Timing mn = Timing.of(oursNoop);
                            omCell = String.format(Locale.ROOT, "%.2f / %.2f", m.min(), m.median());
                            omNoop = String.format(Locale.ROOT, "%.2f", mn.median());
                            omStmts = Files.readString(oursCountFile).trim();
                            if (jooq) {
                                omRatio = String.format(Locale.ROOT, "%.2fx", m.median() / j.median());
                                omOwnRatio = String.format(Locale.ROOT, "%.3fx", (m.median() - mn.median()) / (j.median() - k.median()));
                            }
                            System.out.printf(Locale.ROOT, "  metalorm:reverse under Maven: %s s (%d Java files, %s statements); "
                                    + "with metalorm.skip: %.2f s (load %.1f)%n", omCell, files, omStmts, mn.median(), load());
                        }
                        Files.deleteIfExists(countFile);
                        Files.deleteIfExists(oursCountFile);
                    }
                    rows.add(new String[] {db, String.valueOf(n),
                        String.format(Locale.ROOT, "%,d cols, %,d FKs, %d junctions, %d composite PKs, %d self-FKs",
                                read.columns(), read.foreignKeys(), read.junctions(), read.compositeKeys(), read.selfReferences()),
                        String.format(Locale.ROOT, "%.3f / %.3f", f.min(), f.median()),
                        String.format(Locale.ROOT, "%.3f", 1000 * f.median() / n), String.valueOf(statements.get()),
                        oursCell, oursPer, oursStmts, oursRatio, jooqCell, jooqPer, jooqStmts, noop, ratio});
                    reverseRows.add(new String[] {db, String.valueOf(n), String.format(Locale.ROOT, "%.3f", f.median()), oursMed,
                        oursRatio, scCell, scRatio, revCell, revPer, revStages, revStmts, revFiles, omCell, omNoop, jooqCell, noop,
                        omRatio, omOwnRatio, omStmts, jooqStmts});
                } finally {
                    SchemaLoader.drop(db, name);
                }
            }
        }
        System.out.println();
        System.out.println("Introspection of the synthetic schema (seed " + seed + "): floor and ours warm in one JVM (" + runs
                + " runs); jOOQ " + "3.19 codegen end to end under Maven, one mvnw process per run (" + mavenRuns + " runs)");
        RelationsMain.printTable(rows);
        if (reverse) {
            System.out.println();
            System.out.println("reverse (seed " + seed + "): warm in-process " + runs + " runs into a fresh directory each; "
                    + "under Maven " + mavenRuns + " runs each, alternated with their no-op runs; load now " + load());
            RelationsMain.printTable(reverseRows);
        }
    }

    private static double med(List<WarmReverse.Run> runs, java.util.function.ToDoubleFunction<WarmReverse.Run> f) {
        return Timing.of(runs.stream().map(r -> f.applyAsDouble(r)).toList()).median();
    }

    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Times an Introspector on its own warm connection; with {@code capSeconds} > 0, stops (returns null)
     * when one run takes longer than that.
     */
    private static Timing timeReader(String className, String db, String name, String schemaName, int warm, int runs,
                                     AtomicInteger count, int capSeconds) throws Exception {
        List<Double> times = new ArrayList<>();
        Object snapshot = null;
        try (Connection raw = DriverManager.getConnection(SchemaLoader.url(db, name))) {
            Connection c = counting(raw, count);
            OurReader r = new OurReader(className, schemaName);
            for (int i = 0; i < warm + runs; i++) {
                count.set(0);
                long t = System.nanoTime();
                snapshot = r.read(c);
                double s = (System.nanoTime() - t) / 1e9;
                if (capSeconds > 0 && s > capSeconds) {
                    System.out.printf(Locale.ROOT, "  %s: one run took %.1f s > %d s: capped%n", className, s, capSeconds);
                    return null;
                }
                if (i >= warm) {
                    times.add(s);
                }
            }
        }
        Timing o = Timing.of(times);
        System.out.printf(Locale.ROOT, "  %s: %.3f / %.3f s, %d statements, %s (load %.1f)%n", className.substring(className.lastIndexOf('.') + 1),
                o.min(), o.median(), count.get(), OurReader.describe(snapshot), load());
        return o;
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
