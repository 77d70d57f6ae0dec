package dev.metalorm;

import static dev.metalorm.schema.Schema.bytes;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A BLOB or SQL array changed in place ({@code doc.data[0] = 9}, not a new array) is a change the flush
 * writes: the snapshot keeps its own copy. Sakila's {@code staff.picture} lost such an edit silently.
 */
class InPlaceChangeTest {
    @Entity("docs")
    static class Doc {
        @Id @Column(name = "id") Integer id;
        @Column(name = "data") byte[] data;
    }

    @Entity("lists")
    static class NumberList {
        @Id @Column(name = "id") Integer id;
        @Column(name = "ints", sqlType = "int4[]") Integer[] ints;
    }

    static final TableDefinition DOCS = defineTable("docs", integer("id").primaryKey(), bytes("data"));

    private static void createDocs(TestDatabase db) {
        db.execute("CREATE TABLE docs (id INT PRIMARY KEY, data " + switch (db.kind()) {
            case POSTGRES -> "BYTEA";
            case MYSQL -> "BLOB";
            default -> "VARBINARY(100)";
        } + ")");
    }

    @AllDatabases
    void aLoadedBlobChangedInPlaceIsWritten(TestDatabase db) throws Exception {
        createDocs(db);
        java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Doc.class)
                .listener(st -> updates.addAndGet(st.sql().startsWith("UPDATE") ? Math.max(1, st.batchSize()) : 0)).build();
        try (Session s = orm.openSession()) {
            Doc d = new Doc();
            d.id = 1;
            d.data = new byte[] {1, 2, 3};
            s.persist(d);
            s.commit();
            // the inserted row's snapshot too: a second change in place in the same session
            d.data[1] = 7;
            s.commit();
        }
        assertThat(data(db, 1)).containsExactly(1, 7, 3);
        try (Session s = orm.openSession()) {
            Doc d = s.find(Doc.class, 1);
            d.data[0] = 9;
            s.commit();
            d.data[2] = 8; // after an update, the snapshot is the written copy
            s.commit();
        }
        assertThat(data(db, 1)).containsExactly(9, 7, 8);
        try (Session s = orm.openSession()) {
            assertThat(updates).hasValue(3);
            Doc d = s.find(Doc.class, 1);
            s.commit(); // nothing changed: nothing written, the copy compares equal by content
            assertThat(d.data).containsExactly(9, 7, 8);
            assertThat(updates).hasValue(3);
        }
    }

    @AllDatabases
    void aRowsBlobChangedInPlaceIsWritten(TestDatabase db) throws Exception {
        createDocs(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(DOCS).build();
        try (Session s = orm.openSession()) {
            s.persist(DOCS.newRow().set("id", 2).set("data", new byte[] {4, 5}));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Row r = s.find(DOCS, 2);
            ((byte[]) r.get("data"))[1] = 6;
            s.commit();
        }
        assertThat(data(db, 2)).containsExactly(4, 6);
    }

    @AllDatabases({DatabaseKind.H2, DatabaseKind.POSTGRES})
    void anArrayChangedInPlaceIsWritten(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE lists (id INT PRIMARY KEY, ints " + (db.kind() == DatabaseKind.H2 ? "INTEGER ARRAY" : "INT4[]") + ")");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(NumberList.class).build();
        try (Session s = orm.openSession()) {
            NumberList l = new NumberList();
            l.id = 1;
            l.ints = new Integer[] {1, 2};
            s.persist(l);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            NumberList l = s.find(NumberList.class, 1);
            l.ints[0] = 5;
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertThat(s.find(NumberList.class, 1).ints).containsExactly(5, 2);
        }
    }

    private static byte[] data(TestDatabase db, int id) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT data FROM docs WHERE id = " + id)) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
