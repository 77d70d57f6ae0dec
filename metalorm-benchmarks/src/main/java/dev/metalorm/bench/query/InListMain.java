package dev.metalorm.bench.query;

import dev.metalorm.bench.Args;
import dev.metalorm.bench.Databases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How a one-column IN list is best bound, per database: {@code id IN (?, …, ?)} (one parameter per
 * value) against {@code id = ANY(?)} (one array parameter), on a 100,000-row table, for list sizes
 * from 10 to 70,000. Each query is prepared afresh, as the runtime does, and all its rows are read;
 * the two forms alternate round by round, and the figure is the median of the per-round ratios.
 * Plain JDBC: what is measured is the database and driver, which the dialect's choice rests on.
 */
public final class InListMain {
    private static final int ROWS = 100_000;

    private InListMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int rounds = args.integer("rounds", 15);
        List<Integer> sizes = args.list("sizes", "10,100,500,1000,2000,5000,30000,70000").stream().map(Integer::parseInt).toList();
        System.out.println("| db | values | IN list median ms | = ANY(?) median ms | ANY / list (median of rounds) | rows |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String db : args.list("db", "h2,postgres")) {
            String name = "mbench_inlist";
            String url;
            if (db.equals("postgres")) {
                Databases.createPostgres(name);
                url = Databases.postgres(name);
            } else {
                url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
            }
            try (Connection c = DriverManager.getConnection(url)) {
                fill(c, db);
                c.setAutoCommit(false);
                String type = db.equals("postgres") ? "int4" : "INTEGER";
                Random random = new Random(42);
                for (int size : sizes) {
                    Integer[] values = new Integer[size];
                    for (int i = 0; i < size; i++) {
                        values[i] = random.nextInt(ROWS * 2); // about half the values match a row
                    }
                    boolean list = !db.equals("postgres") || size <= 32_767;
                    int chunk = db.equals("h2") ? 65_536 : Integer.MAX_VALUE;
                    double[] inMs = new double[rounds];
                    double[] anyMs = new double[rounds];
                    double[] ratio = new double[rounds];
                    int rows = 0;
                    for (int r = -3; r < rounds; r++) { // 3 warm-up rounds
                        boolean anyFirst = (r & 1) == 0;
                        double a = 0;
                        double b = 0;
                        for (int k = 0; k < 2; k++) {
                            boolean any = anyFirst == (k == 0);
                            if (!any && !list) {
                                continue;
                            }
                            long t = System.nanoTime();
                            rows = any ? any(c, values, type, chunk) : in(c, values);
                            double ms = (System.nanoTime() - t) / 1e6;
                            if (any) {
                                a = ms;
                            } else {
                                b = ms;
                            }
                        }
                        if (r >= 0) {
                            anyMs[r] = a;
                            inMs[r] = b;
                            ratio[r] = list ? a / b : Double.NaN;
                        }
                    }
                    System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %s | %,d |%n", db, size,
                            list ? String.format(Locale.ROOT, "%.2f", median(inMs)) : "(over 32,767 parameters)", median(anyMs),
                            list ? String.format(Locale.ROOT, "%.2fx", median(ratio)) : "–", rows);
                }
                c.rollback();
            } finally {
                if (db.equals("postgres")) {
                    Databases.dropPostgres(name);
                }
            }
        }
    }

    private static void fill(Connection c, String db) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL)");
            s.execute(db.equals("postgres")
                    ? "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, " + ROWS + ") g"
                    : "INSERT INTO t SELECT X, 'row ' || X FROM SYSTEM_RANGE(1, " + ROWS + ")");
            if (db.equals("postgres")) {
                s.execute("ANALYZE t");
            }
        }
    }

    private static int in(Connection c, Integer[] values) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, label FROM t WHERE id IN (");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < values.length; i++) {
                ps.setInt(i + 1, values[i]);
            }
            return read(ps);
        }
    }

    private static int any(Connection c, Integer[] values, String type, int chunk) throws SQLException {
        List<Integer[]> parts = new ArrayList<>();
        for (int from = 0; from < values.length; from += chunk) {
            parts.add(Arrays.copyOfRange(values, from, Math.min(values.length, from + chunk)));
        }
        StringBuilder sql = new StringBuilder("SELECT id, label FROM t WHERE ");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "id = ANY(?)" : " OR id = ANY(?)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parts.size(); i++) {
                Array a = c.createArrayOf(type, parts.get(i));
                ps.setArray(i + 1, a);
            }
            return read(ps);
        }
    }

    private static int read(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n += rs.getInt(1) > 0 && rs.getString(2) != null ? 1 : 0;
            }
        }
        return n;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
