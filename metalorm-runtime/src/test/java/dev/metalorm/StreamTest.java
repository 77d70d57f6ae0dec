package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Where;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.lang.ref.WeakReference;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** stream() and forEach(): rows one at a time, nothing kept by the session, the driver really streaming. */
class StreamTest {
    static final int ROWS = 100_000;

    @Entity("readings")
    public static class Reading {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "payload", nullable = false)
        String payload;
    }

    /** 100,000 rows of 1,000 characters, made by the server itself (no 100 MB round trip to insert them). */
    static void fill(TestDatabase db) {
        db.execute("CREATE TABLE readings (id INT PRIMARY KEY, payload VARCHAR(1000) NOT NULL)");
        db.execute(switch (db.kind()) {
            case H2 -> "INSERT INTO readings SELECT \"X\", REPEAT('x', 1000) FROM SYSTEM_RANGE(1, " + ROWS + ")";
            case MYSQL -> "INSERT INTO readings SELECT seq, REPEAT('x', 1000) FROM seq_1_to_" + ROWS;
            case POSTGRES -> "INSERT INTO readings SELECT g, REPEAT('x', 1000) FROM generate_series(1, " + ROWS + ") g";
        });
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @AllDatabases
    void streamingAHundredThousandRowsHoldsNoneOfThem(TestDatabase db) {
        fill(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Reading.class).build();
        try (Session s = orm.openSession()) {
            s.find(Reading.class, 1); // one managed instance, to show streaming leaves it alone
            long before = heapAfterGc();
            long[] middle = {0};
            int[] count = {0};
            List<WeakReference<Reading>> sample = new ArrayList<>();
            try (Stream<Reading> rows = s.from(Reading.class).orderBy("id").fetchSize(500).stream()) {
                rows.forEach(r -> {
                    count[0]++;
                    if (count[0] % 1000 == 0) {
                        sample.add(new WeakReference<>(r));
                        assertThat(s.contains(r)).isFalse();
                    }
                    if (count[0] == ROWS / 2) {
                        middle[0] = heapAfterGc();
                    }
                });
            }
            assertThat(count[0]).isEqualTo(ROWS);
            heapAfterGc();
            assertThat(sample).as("no streamed instance is reachable from the session").allSatisfy(w -> assertThat(w.get()).isNull());
            // buffered, the 100,000 rows would take 100 MB or more; streamed, half-way through the heap holds a fetch
            long grown = middle[0] - before;
            System.out.println("[stream] " + db.kind() + ": heap growth half-way " + grown / 1_000_000 + " MB");
            assertThat(grown).as("heap growth half-way through (" + grown / 1_000_000 + " MB)").isLessThan(40_000_000L);
            // the session is usable again, and the managed instance is still the one it was
            assertThat(s.find(Reading.class, 1)).isSameAs(s.find(Reading.class, 1));
            assertThat(s.from(Reading.class).count()).isEqualTo(ROWS);
        }
    }

    @AllDatabases
    void anOpenStreamBlocksTheSessionClearlyAndEndsWithItsTransaction(TestDatabase db) throws Exception {
        Press.seed(db);
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = Press.orm(pool);
            try (Session s = orm.openSession()) {
                List<String> names = new ArrayList<>();
                s.from(Author.class).where(Where.ne("name", "Dan")).orderBy("id").forEach(a -> names.add(a.getName()));
                assertThat(names).containsExactly("Ada", "Brian", "Cleo");

                Stream<Author> open = s.from(Author.class).orderBy("id").stream();
                assertThat(open.findFirst()).get().extracting(Author::getName).isEqualTo("Ada");
                assertThatThrownBy(() -> s.find(Author.class, 2))
                        .isInstanceOf(MetalOrmException.class)
                        .hasMessageStartingWith("A stream is still open on this session (SELECT ")
                        .hasMessageEndingWith("); nothing else runs in the session until it is closed (MySQL and MariaDB refuse "
                                + "any other statement on the connection meanwhile). Close the stream first (try-with-resources), "
                                + "or collect it with list().");
                open.close(); // closed early: on MySQL the driver reads and drops the rest of the result
                assertThat(s.find(Author.class, 2).getName()).isEqualTo("Brian");

                var left = s.from(Author.class).stream().iterator();
                left.next();
                s.commit(); // ends the stream with the transaction
                assertThat(left.hasNext()).isFalse();
                assertThat(s.from(Author.class).count()).isEqualTo(4);

                assertThatThrownBy(() -> s.from(Author.class).include("articles").stream())
                        .hasMessage("stream() on authors cannot include relations (they are loaded in batches after the rows, "
                                + "which a stream never has all of); drop include(...), or page with after(lastRow) and list().");
                assertThat(s.from(Author.class).orderBy("id").withCount("articles").stream().map(c -> c.count("articles")).toList())
                        .containsExactly(3L, 2L, 1L, 0L);
                assertThat(s.from(Author.class).orderBy("id").select("name").stream().map(m -> m.get("name")).toList())
                        .containsExactly("Ada", "Brian", "Cleo", "Dan");
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
    }

    @AllDatabases(DatabaseKind.MYSQL)
    void connectorJStreamsOnlyRowByRowAndBlocksTheConnectionMeanwhile(TestDatabase db) throws Exception {
        // the facts the MySQL dialect's choice rests on, checked on the driver itself
        fill(db);
        try (var c = db.connect()) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("SELECT id, payload FROM readings", java.sql.ResultSet.TYPE_FORWARD_ONLY,
                    java.sql.ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(Integer.MIN_VALUE);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT 1"))
                            .hasMessageContaining("Streaming result set");
                }
            }
            try (var ps = c.prepareStatement("SELECT id, payload FROM readings")) {
                ps.setFetchSize(500); // without useCursorFetch=true: ignored, the whole result is read
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    try (var other = c.createStatement().executeQuery("SELECT 1")) {
                        assertThat(other.next()).as("the result was read whole, so the connection is free").isTrue();
                    }
                }
            }
        }
        // with useCursorFetch=true a positive fetch size is a server-side cursor: it works inside the transaction and
        // leaves the connection free; the runtime cannot set that URL property on a DataSource it is given
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        try (var c = java.sql.DriverManager.getConnection(db.url() + (db.url().contains("?") ? "&" : "?") + "useCursorFetch=true",
                props)) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("SELECT id, payload FROM readings ORDER BY id")) {
                ps.setFetchSize(500);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    try (var other = c.createStatement().executeQuery("SELECT COUNT(*) FROM readings")) {
                        assertThat(other.next()).isTrue();
                        assertThat(other.getLong(1)).isEqualTo(ROWS);
                    }
                    int n = 1;
                    while (rs.next()) {
                        n++;
                    }
                    assertThat(n).isEqualTo(ROWS);
                }
            }
            c.rollback();
        }
    }
}
