package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.User;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Issue 16 item 2: one session used by two threads at once is refused with a clear error and loses no row. */
class ThreadConfinementTest {

    /**
     * Two threads persist 5,000 users each into one session. Every persist either returns (and its row is
     * committed: counted with plain JDBC) or throws ConcurrentSessionException; nothing else, and never a
     * row lost. Whether two calls overlap is up to the scheduler, so rounds repeat (each with a new
     * session) until one does; in practice the first round.
     */
    @AllDatabases
    void twoThreadsPersistingIntoOneSessionGetAClearErrorAndLoseNoRow(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        long persisted = 0;
        ConcurrentSessionException refused = null;
        for (int round = 0; round < 20 && refused == null; round++) {
            try (Session session = orm.openSession()) {
                AtomicInteger accepted = new AtomicInteger();
                AtomicReference<ConcurrentSessionException> error = new AtomicReference<>();
                List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
                CyclicBarrier start = new CyclicBarrier(2);
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    String prefix = "r" + round + "-t" + t + "-";
                    Thread thread = new Thread(() -> {
                        try {
                            start.await(10, TimeUnit.SECONDS);
                            for (int i = 0; i < 5_000; i++) {
                                session.persist(new User(prefix + i + "@x"));
                                accepted.incrementAndGet();
                            }
                        } catch (ConcurrentSessionException e) {
                            error.compareAndSet(null, e);
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                    }, "persister-" + t);
                    threads.add(thread);
                    thread.start();
                }
                for (Thread thread : threads) {
                    thread.join(60_000);
                }
                assertThat(unexpected).as("no other failure (NullPointerException, lost updates)").isEmpty();
                // the threads are done: the session may be handed to this one
                session.commit();
                persisted += accepted.get();
                assertThat(Dump.count(db, "users")).as("every persist that returned is a committed row").isEqualTo(persisted);
                refused = error.get();
            }
        }
        assertThat(refused).as("two threads inside one session at once are refused").isNotNull();
        assertThat(refused.getMessage()).matches("Session used by thread \"persister-[01]\" while thread \"persister-[01]\" is "
                + "inside a call on it: a Session is not thread-safe\\. Open one session per thread \\(or per request\\) from the "
                + "shared MetalOrm; a session may be handed to another thread only between calls, never used by two at once\\.");
        assertThat(refused.holder()).isNotEqualTo(refused.caller());
    }

    /** A thread held inside a call (its statement's listener waits) makes every other thread's call fail at once. */
    @AllDatabases
    void aCallWhileAnotherThreadIsInsideIsRefusedAndTheSessionCanBeHandedOverAfterwards(TestDatabase db) throws Exception {
        ExampleSchema.create(db);
        db.execute("INSERT INTO users (email) VALUES ('first@x')");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> blockOn = new AtomicReference<>();
        StatementListener holdInside = statement -> {
            if (Thread.currentThread() == blockOn.get()) {
                inside.countDown();
                await(release);
            }
        };
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).statementListener(holdInside).build();
        try (Session session = orm.openSession()) {
            AtomicReference<User> found = new AtomicReference<>();
            Thread holder = new Thread(() -> found.set(session.find(User.class, 1)), "holder");
            blockOn.set(holder);
            holder.start();
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            String me = Thread.currentThread().getName();
            User stranger = new User("second@x");
            assertThatThrownBy(() -> session.persist(stranger)).isInstanceOf(ConcurrentSessionException.class)
                    .hasMessageStartingWith("Session used by thread \"" + me + "\" while thread \"holder\" is inside a call on it: "
                            + "a Session is not thread-safe.");
            assertThatThrownBy(() -> session.from(User.class).count()).isInstanceOf(ConcurrentSessionException.class);
            assertThatThrownBy(session::commit).isInstanceOf(ConcurrentSessionException.class);
            assertThatThrownBy(session::close).isInstanceOf(ConcurrentSessionException.class);

            release.countDown();
            holder.join(30_000);
            assertThat(found.get()).as("the holder's call was not disturbed").isNotNull();
            assertThat(found.get().getEmail()).isEqualTo("first@x");

            // handed over between calls: this thread sees what the holder loaded and goes on
            assertThat(session.find(User.class, 1)).isSameAs(found.get());
            assertThat(session.contains(stranger)).as("the refused persist did nothing").isFalse();
            session.persist(stranger);
            found.get().setEmail("first@changed");
            session.commit();
        }
        assertThat(Dump.tables(db, "users:id")).containsExactly("users(id=1, email=first@changed, created_at=null)",
                "users(id=2, email=second@x, created_at=null)");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
