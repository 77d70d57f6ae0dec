package dev.metalorm.bench.relations;

import dev.metalorm.Session;
import dev.metalorm.bench.Args;
import dev.metalorm.bench.relations.mo.MUser;
import java.util.Arrays;
import java.util.Locale;

/**
 * A probe for the cost of a second include level that sends no query: {@code include("posts")}
 * against {@code include("posts", "posts.author")} (every author is already in the session), paired
 * round by round. What the second level costs is the runtime's own work on 10,000 posts.
 */
public final class NestedMain {
    private NestedMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int rounds = args.integer("rounds", 20);
        for (String db : args.list("db", "h2,mariadb")) {
            try (RelationFixture f = new RelationFixture(db, false)) {
                double[] one = new double[rounds];
                double[] two = new double[rounds];
                double[] ratio = new double[rounds];
                for (int r = -5; r < rounds; r++) { // 5 warm-up rounds
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 3; i++) {
                        try (Session s = f.orm.openSession()) {
                            s.from(MUser.class).include("posts").orderBy("id").list();
                        }
                    }
                    long t1 = System.nanoTime();
                    for (int i = 0; i < 3; i++) {
                        try (Session s = f.orm.openSession()) {
                            s.from(MUser.class).include("posts", "posts.author").orderBy("id").list();
                        }
                    }
                    long t2 = System.nanoTime();
                    if (r >= 0) {
                        one[r] = (t1 - t0) / 3e6;
                        two[r] = (t2 - t1) / 3e6;
                        ratio[r] = two[r] / one[r];
                    }
                }
                Arrays.sort(one);
                Arrays.sort(two);
                Arrays.sort(ratio);
                System.out.printf(Locale.ROOT, "%s: include(posts) median %.1f ms (min %.1f); include(posts, posts.author) "
                        + "median %.1f ms (min %.1f); the second level sends no statement; paired ratio median %.2fx "
                        + "(p25-p75 %.2f-%.2f)%n", db, one[rounds / 2], one[0], two[rounds / 2], two[0], ratio[rounds / 2],
                        ratio[rounds / 4], ratio[rounds * 3 / 4]);
            }
        }
    }
}
