package dev.metalorm.bench.relations;

import dev.metalorm.bench.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Counts each contender's statements for one operation (and checks that all four build the same
 * graph), then times them with JMH in the same invocation and prints ratios to the JDBC floor.
 */
public final class RelationsMain {
    private RelationsMain() {
    }

    record Count(int statements, long checksum, List<String> sql) {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        List<String> dbs = args.list("db", "h2,mariadb");
        int forks = args.integer("forks", 2);
        int warmup = args.integer("warmup", 5);
        int iterations = args.integer("iterations", 8);
        String time = args.value("time", "1s");
        boolean showSql = args.flag("sql");
        int pairedRounds = args.integer("paired-rounds", 40);
        boolean jmh = !args.flag("no-jmh");

        Map<String, Map<String, Count>> counts = new LinkedHashMap<>();
        for (String db : dbs) {
            Map<String, Count> perDb = new LinkedHashMap<>();
            try (RelationFixture f = new RelationFixture(db, true)) {
                for (String name : Workloads.NAMES) {
                    Workloads.run(name, f); // warm: first-use costs (Hibernate metamodel, class loading) not counted
                    f.counting.reset();
                    long sum = Workloads.run(name, f);
                    perDb.put(name, new Count(f.counting.statements(), sum, f.counting.sql()));
                }
            }
            long expected = perDb.get("jdbcHandWritten").checksum();
            for (Map.Entry<String, Count> e : perDb.entrySet()) {
                if (e.getValue().checksum() != expected) {
                    throw new IllegalStateException(db + ": " + e.getKey() + " built a different graph (checksum "
                            + e.getValue().checksum() + ", JDBC " + expected + ")");
                }
                if (showSql) {
                    System.out.println("-- " + db + " " + e.getKey() + ": " + e.getValue().statements() + " statements");
                    e.getValue().sql().forEach(s -> System.out.println("   " + abbreviate(s)));
                }
            }
            counts.put(db, perDb);
        }
        System.out.println("Counting pass: all contenders built the same graph (1,000 users, 10,000 posts, 3,000 role links).");

        Map<String, Map<String, Paired.Result>> paired = new LinkedHashMap<>();
        if (pairedRounds > 0) {
            for (String db : dbs) {
                try (RelationFixture f = new RelationFixture(db, false)) {
                    paired.put(db, Paired.run(f, pairedRounds, 3, 3000));
                }
            }
            System.out.println();
            System.out.println("Paired, interleaved (one JVM, " + pairedRounds + " rounds x 3 ops per contender, rotating order; "
                    + "ratio = this contender's ms/op over JDBC's in the same round):");
            printTable(Paired.table(paired, counts));
        }
        if (!jmh) {
            return;
        }

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RelationLoading.class.getName() + "\\.")
                .param("db", dbs.toArray(String[]::new))
                .forks(forks)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.fromString(time))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.fromString(time))
                .jvmArgsAppend("-Xms1g", "-Xmx1g");
        Collection<RunResult> results = new Runner(options.build()).run();

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"db", "benchmark", "median ms/op", "min", "mean ± 99.9%", "median / JDBC", "queries/op"});
        for (String db : dbs) {
            Map<String, Statistics> byName = new LinkedHashMap<>();
            for (RunResult r : results) {
                if (db.equals(r.getParams().getParam("db"))) {
                    String label = r.getParams().getBenchmark();
                    byName.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getStatistics());
                }
            }
            Statistics floor = byName.get("jdbcHandWritten");
            for (String name : Workloads.NAMES) {
                Statistics s = byName.get(name);
                if (s == null) {
                    continue;
                }
                rows.add(new String[] {db, name, fmt(s.getPercentile(50)), fmt(s.getMin()),
                        fmt(s.getMean()) + " ± " + fmt(s.getMeanErrorAt(0.999)),
                        floor == null ? "" : String.format(Locale.ROOT, "%.2fx", s.getPercentile(50) / floor.getPercentile(50)),
                        String.valueOf(counts.get(db).get(name).statements())});
            }
        }
        System.out.println();
        if (!paired.isEmpty()) {
            System.out.println("Paired, interleaved (repeated from above):");
            printTable(Paired.table(paired, counts));
            System.out.println();
        }
        System.out.println("JMH: 1,000 users x (10 posts + 3 roles via pivot), whole graph per op; "
                + forks + " forks x " + iterations + " iterations of " + time + " (min/median over all measured iterations)");
        printTable(rows);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 160) + " … (" + sql.length() + " chars) … "
                + sql.substring(sql.length() - 30);
    }

    public static void printTable(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            StringBuilder b = new StringBuilder("|");
            for (int i = 0; i < width.length; i++) {
                String cell = rows.get(k)[i];
                b.append(' ').append(i < 2 ? pad(cell, width[i], false) : pad(cell, width[i], true)).append(" |");
            }
            System.out.println(b);
            if (k == 0) {
                StringBuilder sep = new StringBuilder("|");
                for (int i = 0; i < width.length; i++) {
                    sep.append(i < 2 ? "-".repeat(width[i] + 2) : "-".repeat(width[i] + 1) + ":").append('|');
                }
                System.out.println(sep);
            }
        }
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(w - s.length());
        return right ? fill + s : s + fill;
    }
}
