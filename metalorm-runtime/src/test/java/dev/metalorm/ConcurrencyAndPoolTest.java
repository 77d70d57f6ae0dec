package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.User;
import dev.metalorm.query.Where;
import dev.metalorm.support.Dump;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class ConcurrencyAndPoolTest {

    @AllDatabases
    void aThousandSessionsHalfFailingLeakNoConnectionAndLeaveNoPartialWrite(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = MetalOrm.builder(pool).entities(User.class).build();
            for (int i = 0; i < 1000; i++) {
                try (Session s = orm.openSession()) {
                    s.persist(new User("ok-" + i + "@x"));
                    if (i % 2 == 1) {
                        s.persist(new User(null)); // email is NOT NULL: the second INSERT fails
                        assertThatThrownBy(s::commit).isInstanceOf(StatementException.class);
                    } else {
                        s.commit();
                    }
                }
            }
            try (Session s = orm.openSession()) {
                assertThat(s.from(User.class).count()).isEqualTo(500);
                assertThat(s.from(User.class).where(Where.like("email", "ok-%1@x")).count()).as("no odd session left a row")
                        .isZero();
            }
            assertThat(pool.borrowed()).isEqualTo(1 + 1000 + 1);
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).as("every connection came back with its transaction ended").isZero();
        }
        assertThat(Dump.count(db, "users")).isEqualTo(500);
    }

    @AllDatabases
    void aSessionThatOnlyReadsOrIsClosedUncommittedGivesItsConnectionBack(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            MetalOrm orm = MetalOrm.builder(pool).entities(User.class).build();
            try (Session s = orm.openSession()) {
                s.persist(new User("a@x"));
                s.flush();
            }
            try (Session s = orm.openSession()) {
                assertThat(s.find(User.class, 1)).as("closing without commit rolled back").isNull();
                assertThatThrownBy(() -> s.from(User.class).where(Where.eq("nope", 1)).list())
                        .isInstanceOf(MetalOrmException.class);
            }
            try (Session s = orm.openSession()) {
                s.persist(new User("b@x"));
                s.flush();
                s.rollback();
                s.persist(new User("c@x"));
                s.commit();
            }
            assertThat(pool.returned()).isEqualTo(pool.borrowed());
            assertThat(pool.dirtyReturns()).isZero();
        }
        assertThat(Dump.tables(db, "users:id")).singleElement().asString().contains("email=c@x");
    }

    @AllDatabases
    void eightThreadsWithTheirOwnSessionsShareOneMetalOrm(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<Integer> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    try (Session s = orm.openSession()) {
                        User u = new User("t" + thread + "-" + i + "@x");
                        s.persist(u);
                        s.commit();
                        ids.add(u.getId());
                        User again = s.find(User.class, u.getId());
                        assertThat(again).isSameAs(u);
                        again.setEmail("t" + thread + "-" + i + "@done");
                        s.commit();
                    }
                }
                try (Session s = orm.openSession()) {
                    assertThat(s.from(User.class).where(Where.like("email", "t" + thread + "-%@done")).count()).isEqualTo(perThread);
                }
                return ids;
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : results) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(Dump.count(db, "users")).isEqualTo(threads * perThread);
    }
}
