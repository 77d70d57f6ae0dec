package dev.metalorm.bench.writes;

import dev.metalorm.Session;
import dev.metalorm.bench.Args;
import dev.metalorm.bench.relations.RelationsMain;
import dev.metalorm.bench.writes.mo.WPost;
import dev.metalorm.bench.writes.mo.WUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scaling}: whether the session's per-row work stays flat as one operation grows. Two
 * in-memory steps, timed without the flush: adding n new children to one parent's collection, and
 * removing n loaded rows one by one from a session holding their parents' loaded collections.
 * Prints the time per row and its ratio to the smallest n's in the same run: about 1x is linear,
 * growing with n is quadratic (both were, before: 40,000 children took 3 s, 20,000 removals 33 s).
 */
public final class ScalingMain {
    private ScalingMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String db = args.list("db", "h2").get(0);
        List<String> sizes = args.list("sizes", "5000,10000,20000,40000");
        int rounds = args.integer("rounds", 3);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"step", "n", "best ms", "µs per row", "per-row ratio to smallest n"});
        try (WriteFixture f = new WriteFixture(db, false)) {
            step(f, "add n children to one parent", sizes, rounds, rows, ScalingMain::addChildren);
            step(f, "remove n loaded rows one by one", sizes, rounds, rows, ScalingMain::removeRows);
        }
        System.out.println();
        System.out.println("Per-row cost as one operation grows (" + db + ", best of " + rounds + ")");
        RelationsMain.printTable(rows);
    }

    private interface Step {
        double millis(WriteFixture f, int n) throws Exception;
    }

    private static void step(WriteFixture f, String name, List<String> sizes, int rounds, List<String[]> rows, Step step)
            throws Exception {
        step.millis(f, Integer.parseInt(sizes.get(0))); // warm-up
        double first = 0;
        for (String size : sizes) {
            int n = Integer.parseInt(size);
            double best = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                best = Math.min(best, step.millis(f, n));
            }
            double perRow = best * 1000 / n;
            if (first == 0) {
                first = perRow;
            }
            rows.add(new String[] {name, String.format(Locale.ROOT, "%,d", n), String.format(Locale.ROOT, "%.0f", best),
                String.format(Locale.ROOT, "%.2f", perRow), String.format(Locale.ROOT, "%.2fx", perRow / first)});
        }
    }

    private static double addChildren(WriteFixture f, int n) throws Exception {
        f.reset();
        try (Session s = f.orm.openSession()) {
            WUser u = new WUser("one@example.com", Writers.AT);
            s.persist(u);
            long t = System.nanoTime();
            for (int k = 0; k < n; k++) {
                u.getPosts().add(new WPost(Writers.title(1, k), Writers.CONTENT));
            }
            double ms = (System.nanoTime() - t) / 1e6;
            if (u.getPosts().getItems().size() != n) {
                throw new IllegalStateException("expected " + n + " posts");
            }
            return ms; // closed without commit: nothing written
        }
    }

    /** n posts of n/10 users (10 each), all loaded with their users' collections; then each removed. */
    private static double removeRows(WriteFixture f, int n) throws Exception {
        f.reset();
        Writers.metalorm(f, n / WriteFixture.POSTS_PER_USER);
        try (Session s = f.orm.openSession()) {
            List<WUser> users = s.from(WUser.class).include("posts").list();
            List<WPost> posts = new ArrayList<>();
            for (WUser u : users) {
                posts.addAll(u.getPosts().getItems());
            }
            long t = System.nanoTime();
            for (WPost p : posts) {
                s.remove(p);
            }
            double ms = (System.nanoTime() - t) / 1e6;
            for (WUser u : users) {
                if (!u.getPosts().getItems().isEmpty()) {
                    throw new IllegalStateException("a removed post is still in user " + u.getId() + "'s posts");
                }
            }
            return ms; // rolled back at close
        }
    }
}
