package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;

/**
 * Two tables that refer to each other through NOT NULL foreign keys, as Sakila's store (its manager)
 * and staff (their store): no order of the tables fits every flush, and no column can be inserted
 * NULL first. The model used to be refused whole; now the entities work, and a flush that inserts
 * rows of them orders its inserts by what each new row refers to.
 */
class NotNullCycleTest {
    @Entity("stores")
    static class Store {
        @Id(generated = true) @Column(name = "id") Integer id;
        @Column(name = "name") String name;
        @Column(name = "manager_id", nullable = false) Integer managerId;
        @BelongsTo(target = Clerk.class, foreignKey = "manager_id") BelongsToReference<Clerk> manager;
        @HasMany(target = Clerk.class, foreignKey = "store_id") HasManyCollection<Clerk> clerks;
    }

    @Entity("clerks")
    static class Clerk {
        @Id(generated = true) @Column(name = "id") Integer id;
        @Column(name = "name") String name;
        @Column(name = "store_id", nullable = false) Integer storeId;
        @Column(name = "mentor_id") Integer mentorId;
        @BelongsTo(target = Store.class, foreignKey = "store_id") BelongsToReference<Store> store;
        @BelongsTo(target = Clerk.class, foreignKey = "mentor_id") BelongsToReference<Clerk> mentor;
    }

    private static MetalOrm setUp(TestDatabase db) {
        // the first store and its manager go in before the second foreign key exists, as a dump loads them;
        // keys from 1000 so that the generated ones (from 1) do not meet them
        db.execute("CREATE TABLE stores (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), manager_id INT NOT NULL)",
                "CREATE TABLE clerks (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), store_id INT NOT NULL, mentor_id INT, "
                        + "CONSTRAINT fk_clerks_store FOREIGN KEY (store_id) REFERENCES stores (id), "
                        + "CONSTRAINT fk_clerks_mentor FOREIGN KEY (mentor_id) REFERENCES clerks (id))",
                "INSERT INTO stores (id, name, manager_id) VALUES (1000, 'first', 1000)",
                "INSERT INTO clerks (id, name, store_id) VALUES (1000, 'founder', 1000)",
                "ALTER TABLE stores ADD CONSTRAINT fk_stores_manager FOREIGN KEY (manager_id) REFERENCES clerks (id)");
        return MetalOrm.builder(db.dataSource()).entities(Store.class, Clerk.class).build();
    }

    private static Clerk clerk(String name) {
        Clerk c = new Clerk();
        c.name = name;
        return c;
    }

    private static Store store(String name) {
        Store s = new Store();
        s.name = name;
        return s;
    }

    @AllDatabases
    void newRowsOfBothTablesGoInInTheOrderTheirReferencesNeedInOneFlush(TestDatabase db) {
        MetalOrm orm = setUp(db);
        try (Session s = orm.openSession()) {
            Store first = s.find(Store.class, 1000);
            Clerk founder = s.find(Clerk.class, 1000);
            // a new clerk of an existing store
            first.clerks.add(clerk("hired"));
            // a new store managed by a new clerk of the first store: the clerk goes in first
            Clerk moving = clerk("moving");
            moving.storeId = 1000;
            Store second = store("second");
            s.persist(second);
            second.manager.set(moving);
            // a new store, managed by the founder, with a new clerk of its own: the store goes in first, which
            // no order of the two tables gives together with the one above
            Store third = store("third");
            s.persist(third);
            third.manager.set(founder);
            third.clerks.add(clerk("local"));
            // the same by key values, no relation set: the clerk is persisted before the store it names
            Clerk byKey = clerk("by key");
            byKey.storeId = 500;
            s.persist(byKey);
            Store fourth = store("fourth");
            fourth.id = 500;
            fourth.managerId = 1000;
            s.persist(fourth);
            s.commit();
            assertThat(second.managerId).isEqualTo(moving.id);
            assertThat(third.managerId).isEqualTo(1000);
        }
        assertThat(Dump.tables(db, "stores:name", "clerks:name").stream().map(row -> row.replaceAll("=\\d+", "=n")))
                .containsExactly(
                        "stores(id=n, name=first, manager_id=n)", "stores(id=n, name=fourth, manager_id=n)",
                        "stores(id=n, name=second, manager_id=n)", "stores(id=n, name=third, manager_id=n)",
                        "clerks(id=n, name=by key, store_id=n, mentor_id=null)", "clerks(id=n, name=founder, store_id=n, mentor_id=null)",
                        "clerks(id=n, name=hired, store_id=n, mentor_id=null)", "clerks(id=n, name=local, store_id=n, mentor_id=null)",
                        "clerks(id=n, name=moving, store_id=n, mentor_id=null)");
        try (Session s = orm.openSession()) {
            Clerk local = s.from(Clerk.class).where(dev.metalorm.query.Where.eq("name", "local")).first().orElseThrow();
            assertThat(local.store.load().name).isEqualTo("third");
            Store second = s.from(Store.class).where(dev.metalorm.query.Where.eq("name", "second")).first().orElseThrow();
            assertThat(second.manager.load().name).isEqualTo("moving");
            assertThat(second.manager.load().store.load().id).isEqualTo(1000);
            assertThat(s.find(Clerk.class, s.from(Clerk.class).where(dev.metalorm.query.Where.eq("name", "by key")).first().orElseThrow().id)
                    .storeId).isEqualTo(500);
            // a clerk who manages no store is removed as any row
            s.remove(s.from(Clerk.class).where(dev.metalorm.query.Where.eq("name", "hired")).first().orElseThrow());
            s.commit();
        }
        assertThat(Dump.count(db, "clerks")).isEqualTo(4);
        try (Session s = orm.openSession()) {
            // in one flush: the third store after its clerk, the second store before its manager (a clerk of the
            // first store): no order of the two tables does both
            for (String name : java.util.List.of("local", "moving")) {
                s.remove(s.from(Clerk.class).where(dev.metalorm.query.Where.eq("name", name)).first().orElseThrow());
            }
            for (String name : java.util.List.of("second", "third")) {
                s.remove(s.from(Store.class).where(dev.metalorm.query.Where.eq("name", name)).first().orElseThrow());
            }
            s.commit();
        }
        assertThat(Dump.tables(db, "stores:name", "clerks:name").stream().map(row -> row.replaceAll("=\\d+", "=n")))
                .containsExactly("stores(id=n, name=first, manager_id=n)", "stores(id=n, name=fourth, manager_id=n)",
                        "clerks(id=n, name=by key, store_id=n, mentor_id=null)", "clerks(id=n, name=founder, store_id=n, mentor_id=null)");
    }

    @AllDatabases
    void aCircleThroughANullableForeignKeyIsBrokenThere(TestDatabase db) {
        MetalOrm orm = setUp(db);
        try (Session s = orm.openSession()) {
            // mentee -> mentor (nullable) -> new store (NOT NULL) -> its manager, the mentee (NOT NULL)
            Clerk mentee = clerk("mentee");
            mentee.storeId = 1000;
            s.persist(mentee);
            Clerk mentor = clerk("mentor");
            mentee.mentor.set(mentor);
            Store store = store("mentors' store");
            s.persist(store);
            store.manager.set(mentee);
            store.clerks.add(mentor);
            s.commit();
            assertThat(mentee.mentorId).isEqualTo(mentor.id);
            assertThat(mentor.storeId).isEqualTo(store.id);
            assertThat(store.managerId).isEqualTo(mentee.id);
        }
        assertThat(Dump.tables(db, "clerks:name").stream().map(row -> row.replaceAll("=\\d+", "=n")))
                .containsExactly("clerks(id=n, name=founder, store_id=n, mentor_id=null)",
                        "clerks(id=n, name=mentee, store_id=n, mentor_id=n)",
                        "clerks(id=n, name=mentor, store_id=n, mentor_id=null)");
    }

    @AllDatabases
    void newRowsThatReferToEachOtherInACircleAreRefusedAndNothingIsWritten(TestDatabase db) {
        MetalOrm orm = setUp(db);
        try (Session s = orm.openSession()) {
            Store store = store("circle");
            Clerk clerk = clerk("circle");
            s.persist(store);
            store.manager.set(clerk);
            store.clerks.add(clerk);
            assertThatThrownBy(s::commit)
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessageContaining("they refer to each other in a circle through NOT NULL foreign keys")
                    .hasMessageContaining("Insert one of them referring to a row that exists and flush, then point it at the other");
        }
        assertThat(Dump.count(db, "stores")).isEqualTo(1);
        assertThat(Dump.count(db, "clerks")).isEqualTo(1);
    }
}
