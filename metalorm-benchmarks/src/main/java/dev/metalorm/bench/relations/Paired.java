package dev.metalorm.bench.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interleaved, paired timing in one JVM: round after round, each contender runs a few operations
 * in rotating order, and each round gives every contender's time per operation and its ratio to
 * the JDBC floor <em>of the same round</em>. On a machine whose load drifts (other builds), the
 * median of these paired ratios is far steadier than the ratio of two JMH runs made minutes apart.
 */
final class Paired {
    private Paired() {
    }

    record Result(double[] msPerOp, double[] ratioToFloor) {
        double median() {
            return percentile(msPerOp, 50);
        }

        double min() {
            return Arrays.stream(msPerOp).min().orElse(Double.NaN);
        }

        double medianRatio() {
            return percentile(ratioToFloor, 50);
        }

        double ratio(double p) {
            return percentile(ratioToFloor, p);
        }
    }

    static Map<String, Result> run(RelationFixture f, int rounds, int opsPerRound, long warmupMillis) throws Exception {
        List<String> names = Workloads.NAMES;
        for (String name : names) {
            long end = System.nanoTime() + warmupMillis * 1_000_000L;
            while (System.nanoTime() < end) {
                Workloads.run(name, f);
            }
        }
        double[][] ms = new double[names.size()][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                int i = (k + r) % names.size(); // rotate who goes first
                long t = System.nanoTime();
                for (int op = 0; op < opsPerRound; op++) {
                    sink += Workloads.run(names.get(i), f);
                }
                ms[i][r] = (System.nanoTime() - t) / 1e6 / opsPerRound;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        Map<String, Result> out = new LinkedHashMap<>();
        int floor = names.indexOf("jdbcHandWritten");
        for (int i = 0; i < names.size(); i++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = ms[i][r] / ms[floor][r];
            }
            out.put(names.get(i), new Result(ms[i], ratio));
        }
        return out;
    }

    static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = p / 100 * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    static List<String[]> table(Map<String, Map<String, Result>> byDb, Map<String, Map<String, RelationsMain.Count>> counts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"db", "benchmark", "median ms/op", "min", "paired ratio to JDBC: median", "p25–p75",
            "queries/op"});
        for (Map.Entry<String, Map<String, Result>> db : byDb.entrySet()) {
            for (Map.Entry<String, Result> e : db.getValue().entrySet()) {
                Result r = e.getValue();
                rows.add(new String[] {db.getKey(), e.getKey(), String.format(java.util.Locale.ROOT, "%.2f", r.median()),
                    String.format(java.util.Locale.ROOT, "%.2f", r.min()),
                    String.format(java.util.Locale.ROOT, "%.2fx", r.medianRatio()),
                    String.format(java.util.Locale.ROOT, "%.2f–%.2f", r.ratio(25), r.ratio(75)),
                    String.valueOf(counts.get(db.getKey()).get(e.getKey()).statements())});
            }
        }
        return rows;
    }
}
