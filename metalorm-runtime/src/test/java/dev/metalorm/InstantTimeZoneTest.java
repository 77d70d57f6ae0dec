package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.query.Where;
import dev.metalorm.support.OneConnectionPool;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * Issue 16 item 4: Instants and OffsetDateTimes in MySQL/MariaDB TIMESTAMP (and DATETIME) columns
 * are stored as the right instant whatever the session's time_zone and the JVM's default zone.
 */
class InstantTimeZoneTest {
    @Entity("events")
    public static class Event {
        @Id @Column(name = "id") Integer id;
        @Column(name = "at_ts", sqlType = "timestamp") Instant atTimestamp;
        @Column(name = "at_offset", sqlType = "timestamp") OffsetDateTime atOffset;
        @Column(name = "at_dt") Instant atDatetime;
    }

    static final Instant WHEN = Instant.parse("2024-03-31T00:30:00.123456Z");

    @AllDatabases(DatabaseKind.MYSQL)
    void instantsAreStoredAsThemselvesWhateverTheSessionAndJvmZone(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE events (id INT PRIMARY KEY, at_ts TIMESTAMP(6) NULL, at_offset TIMESTAMP(6) NULL, "
                + "at_dt DATETIME(6) NULL)");
        TimeZone jvm = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
        try (OneConnectionPool pool = new OneConnectionPool(db.dataSource())) {
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SET time_zone = '+02:00'");
            }
            MetalOrm orm = MetalOrm.builder(pool).entities(Event.class).build();
            try (Session s = orm.openSession()) {
                Event e = eventAtWhen();
                s.persist(e);
                s.commit();
            }
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                assertThat(zone(st)).as("the session's zone is given back").isEqualTo("+02:00");
                assertStoredAsWhen(st);
                // a row written outside the runtime, in the +02:00 session: read back as its instant
                st.execute("INSERT INTO events (id, at_ts) VALUES (2, FROM_UNIXTIME(1711845000))");
            }
            try (Session s = orm.openSession()) {
                Event e = s.find(Event.class, 1);
                assertThat(e.atTimestamp).isEqualTo(WHEN);
                assertThat(e.atOffset.toInstant()).isEqualTo(WHEN);
                assertThat(e.atDatetime).isEqualTo(WHEN);
                assertThat(s.find(Event.class, 2).atTimestamp).isEqualTo(Instant.ofEpochSecond(1_711_845_000L));
                assertThat(s.from(Event.class).where(Where.eq("atTimestamp", WHEN)).list()).containsExactly(e);
                assertThat(s.from(Event.class).where(Where.gt("atTimestamp", WHEN.minusMillis(100))).list()).containsExactly(e);
            }
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    /**
     * A session that joined someone else's connection (Spring's) binds instants the same way, with
     * the zone at '+00:00' only during its own calls: the owner's statements in between, and after,
     * run in the owner's zone.
     */
    @AllDatabases(DatabaseKind.MYSQL)
    void aJoinedSessionStoresInstantsAsThemselvesAndLeavesTheOwnersZoneBetweenItsCalls(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE events (id INT PRIMARY KEY, at_ts TIMESTAMP(6) NULL, at_offset TIMESTAMP(6) NULL, "
                + "at_dt DATETIME(6) NULL)");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Event.class).build();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("SET time_zone = '+02:00'");
            c.setAutoCommit(false);
            try (Session s = orm.openSession(c)) {
                Event e = eventAtWhen();
                s.persist(e);
                s.flush();
                assertThat(zone(st)).as("the owner's zone between the session's calls").isEqualTo("+02:00");
                // the owner's own row, in its zone, in the same transaction
                st.execute("INSERT INTO events (id, at_ts) VALUES (2, FROM_UNIXTIME(1711845000))");
                assertThat(s.find(Event.class, 2).atTimestamp).isEqualTo(Instant.ofEpochSecond(1_711_845_000L));
                assertThat(s.from(Event.class).where(Where.eq("atTimestamp", WHEN)).list()).containsExactly(e);
                try (var stream = s.from(Event.class).orderBy("id").stream()) {
                    assertThat(stream.map(x -> x.atTimestamp)).containsExactly(WHEN, Instant.ofEpochSecond(1_711_845_000L));
                }
                assertThat(zone(st)).as("after a stream").isEqualTo("+02:00");
                s.commit(); // flushes only: the owner commits
            }
            c.commit();
            assertThat(zone(st)).isEqualTo("+02:00");
            assertStoredAsWhen(st);
        }
    }

    /** Row 1, every column at {@link #WHEN} (the offset one at another offset than UTC's). */
    private static Event eventAtWhen() {
        Event e = new Event();
        e.id = 1;
        e.atTimestamp = WHEN;
        e.atOffset = WHEN.atOffset(ZoneOffset.ofHours(-7));
        e.atDatetime = WHEN;
        return e;
    }

    /** Row 1 holds {@link #WHEN}: the instant in both TIMESTAMP columns, the UTC date-time in the DATETIME. */
    private static void assertStoredAsWhen(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT UNIX_TIMESTAMP(at_ts), UNIX_TIMESTAMP(at_offset), "
                + "CAST(at_dt AS CHAR) FROM events WHERE id = 1")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).as("the stored instant").isEqualByComparingTo("1711845000.123456");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1711845000.123456");
            assertThat(rs.getString(3)).as("a DATETIME holds the UTC date-time").isEqualTo("2024-03-31 00:30:00.123456");
        }
    }

    private static String zone(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT @@session.time_zone")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
