package dev.metalorm.bench.writes;

import dev.metalorm.bench.Args;
import dev.metalorm.bench.relations.RelationsMain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code writes}: persist N users with 10 posts and 3 role links each (issue 12). A counting pass runs
 * each contender once through a counting DataSource and checks the rows with plain SQL; then paired,
 * interleaved rounds in one JVM time each contender (tables emptied between operations, not timed)
 * and divide its time by the JDBC floor's of the same round.
 */
public final class WritesMain {
    private WritesMain() {
    }

    public static void main(String[] argv) throws Exception {
        if (!dev.metalorm.bench.FixedHeap.runHere(WritesMain.class, argv)) {
            return;
        }
        Args args = new Args(argv);
        List<String> dbs = args.list("db", "h2,mariadb,postgres");
        int users = args.integer("users", 10_000);
        int rounds = args.integer("rounds", 5);
        int chunk = args.integer("chunk", 0);
        List<String> names = new ArrayList<>(Writers.NAMES);
        if (chunk > 0) {
            names.addAll(Writers.CHUNKED);
        }

        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        Map<String, double[][]> times = new LinkedHashMap<>();
        for (String db : dbs) {
            Map<String, int[]> perDb = new LinkedHashMap<>();
            try (WriteFixture f = new WriteFixture(db, true)) {
                for (String name : names) {
                    f.reset();
                    Writers.run(name, f, 100, chunk); // first use: metamodels, class loading
                    f.reset();
                    f.counting.reset();
                    Writers.run(name, f, users, chunk);
                    perDb.put(name, new int[] {f.counting.statements(), f.counting.executions()});
                    System.out.println(db + " " + name + ": " + f.contents(users) + ", " + f.counting.statements()
                            + " statements prepared, " + f.counting.executions() + " executed");
                }
            }
            counts.put(db, perDb);
            try (WriteFixture f = new WriteFixture(db, false)) {
                for (String name : names) { // warm-up: one full operation each
                    f.reset();
                    Writers.run(name, f, users, chunk);
                }
                double[][] ms = new double[names.size()][rounds];
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < names.size(); k++) {
                        int i = (k + r) % names.size(); // rotate who goes first
                        f.reset();
                        System.gc();
                        long t = System.nanoTime();
                        Writers.run(names.get(i), f, users, chunk);
                        ms[i][r] = (System.nanoTime() - t) / 1e6;
                    }
                }
                f.contents(users);
                times.put(db, ms);
            }
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"db", "contender", "median ms/op", "min", "paired ratio to JDBC: median", "min–max",
            "statements prepared/executed per op", "rows/s (median)"});
        long rowsPerOp = (long) users * (1 + WriteFixture.POSTS_PER_USER + WriteFixture.ROLES_PER_USER);
        for (String db : dbs) {
            double[][] ms = times.get(db);
            int floor = names.indexOf("jdbcBatched");
            for (int i = 0; i < names.size(); i++) {
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratio[r] = ms[i][r] / ms[floor][r];
                }
                double median = median(ms[i]);
                rows.add(new String[] {db, names.get(i), fmt(median), fmt(Arrays.stream(ms[i]).min().orElseThrow()),
                    String.format(Locale.ROOT, "%.2fx", median(ratio)),
                    String.format(Locale.ROOT, "%.2f–%.2f", Arrays.stream(ratio).min().orElseThrow(),
                            Arrays.stream(ratio).max().orElseThrow()),
                    counts.get(db).get(names.get(i))[0] + " / " + counts.get(db).get(names.get(i))[1],
                    String.format(Locale.ROOT, "%,d", Math.round(rowsPerOp / (median / 1000)))});
            }
        }
        System.out.println();
        System.out.println("Persist " + users + " users x (10 posts + 3 role links), one transaction per op"
                + (chunk > 0 ? " (chunked contenders: flush and clear every " + chunk + " users)" : "") + "; " + rounds
                + " paired rounds, rotating order (ratio = ms/op over JDBC's in the same round); load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage())
                // the collector moves H2's ratios between runs (BENCHMARKS.md, Writes): say which one ran
                + "; GC " + java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(", "))
                + ", " + dev.metalorm.bench.FixedHeap.describe());
        RelationsMain.printTable(rows);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }
}
