package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A key with a {@code timestamptz} part, as Pagila's partitioned {@code payment (payment_date,
 * payment_id)}: the row persisted at 12:00+02:00 and read back by the driver at 10:00Z is one instance;
 * raw SQL reads such a column as an {@code OffsetDateTime}.
 */
class OffsetKeyTest {
    @Entity("events")
    static class Event {
        @Id @Column(name = "id") Integer id;
        @Id @Column(name = "at") OffsetDateTime at;
        @Column(name = "name") String name;
    }

    @AllDatabases({DatabaseKind.H2, DatabaseKind.POSTGRES})
    void aRowPersistedWithAnOffsetIsTheInstanceItsReadFindsInTheSession(TestDatabase db) {
        db.execute("CREATE TABLE events (id INT, at " + (db.kind() == DatabaseKind.H2 ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMPTZ")
                + ", name VARCHAR(20), PRIMARY KEY (id, at))");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Event.class).build();
        OffsetDateTime at = OffsetDateTime.of(2022, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        try (Session s = orm.openSession()) {
            Event e = new Event();
            e.id = 1;
            e.at = at;
            e.name = "first";
            s.persist(e);
            s.commit();
            assertThat(s.from(Event.class).list()).singleElement().isSameAs(e);
            assertThat(s.find(Event.class, 1, at.withOffsetSameInstant(ZoneOffset.UTC))).isSameAs(e);
            e.name = "renamed";
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Event read = s.find(Event.class, 1, at);
            assertThat(read.name).isEqualTo("renamed");
            assertThat(read.at.toInstant()).isEqualTo(at.toInstant());
            assertThat(s.find(Event.class, 1, at.withOffsetSameInstant(ZoneOffset.ofHours(-5)))).isSameAs(read);
            // raw SQL keeps the offset too (a Timestamp lost it in the JVM's zone)
            assertThat(s.sql("SELECT at FROM events").scalar(OffsetDateTime.class).toInstant()).isEqualTo(at.toInstant());
        }
    }
}
