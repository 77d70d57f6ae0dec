package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * A column the database sets on every UPDATE, as Sakila's {@code last_update TIMESTAMP ... ON UPDATE
 * CURRENT_TIMESTAMP} (and Pagila's {@code last_updated} trigger): after the session updates the row, the
 * entity holds what the database stored, not the value it had before.
 */
class RefreshedOnUpdateTest {
    @Entity("notes")
    static class Note {
        @Id(generated = true) @Column(name = "id") Integer id;
        @Column(name = "body") String body;
        @Column(name = "last_update", hasDefault = true, refreshedOnUpdate = true) LocalDateTime lastUpdate;
    }

    static final LocalDateTime OLD = LocalDateTime.of(2000, 1, 1, 0, 0);

    @AllDatabases
    void theValueTheDatabaseSetIsReadBackAfterAnUpdate(TestDatabase db) throws Exception {
        String touched = switch (db.kind()) {
            case MYSQL -> "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP";
            case H2 -> "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP";
            case POSTGRES -> "last_update TIMESTAMP NOT NULL DEFAULT now()";
        };
        db.execute("CREATE TABLE notes (" + ExampleSchema.serialKey(db, "id") + ", body VARCHAR(20), " + touched + ")");
        if (db.kind() == DatabaseKind.POSTGRES) {
            db.execute("CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.last_update = now(); RETURN NEW; END $$ LANGUAGE plpgsql",
                    "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch()");
        }
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Note.class).build();
        Integer id;
        try (Session s = orm.openSession()) {
            Note n = new Note();
            n.body = "a";
            n.lastUpdate = OLD;
            s.persist(n);
            s.commit();
            id = n.id;
            assertThat(n.lastUpdate).isEqualTo(OLD);
            n.body = "b";
            s.commit();
            assertThat(n.lastUpdate).isAfter(OLD).isEqualTo(stored(db, id));
            // the entity's own change to it is written (the database keeps an explicit value on MySQL and H2)
            if (db.kind() != DatabaseKind.POSTGRES) {
                n.lastUpdate = OLD;
                s.commit();
                assertThat(stored(db, id)).isEqualTo(OLD);
                assertThat(n.lastUpdate).isEqualTo(OLD);
            }
        }
        try (Session s = orm.openSession()) {
            Note n = s.find(Note.class, id);
            n.body = "c";
            s.commit();
            assertThat(n.lastUpdate).isAfter(OLD).isEqualTo(stored(db, id));
        }
    }

    private static LocalDateTime stored(TestDatabase db, int id) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_update FROM notes WHERE id = " + id)) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime();
        }
    }

    @org.junit.jupiter.api.Test
    void theSchemaDslAndTheAnnotationSayTheSame() {
        dev.metalorm.schema.TableDefinition notes = dev.metalorm.schema.Schema.defineTable("notes",
                dev.metalorm.schema.Schema.serial("id").primaryKey(), dev.metalorm.schema.Schema.varchar("body"),
                dev.metalorm.schema.Schema.timestamp("last_update").withDefault().refreshedOnUpdate());
        dev.metalorm.metadata.TableModel dsl = MetadataTest.orm().tables(notes).build().model().table("notes");
        dev.metalorm.metadata.TableModel annotated = MetadataTest.orm().entities(Note.class).build().model().table("notes");
        for (dev.metalorm.metadata.TableModel t : java.util.List.of(dsl, annotated)) {
            assertThat(t.columns()).filteredOn(dev.metalorm.metadata.ColumnModel::refreshedOnUpdate)
                    .extracting(dev.metalorm.metadata.ColumnModel::name).containsExactly("last_update");
        }
    }
}
