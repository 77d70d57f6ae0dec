package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.support.Dump;
import dev.metalorm.support.FailingCommitDataSource;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;

/** Issue 11 items 6 and 7: primitive generated keys, two new instances for one row, keys of a commit that failed. */
class NewRowKeysTest {
    @Entity("gadgets")
    public static class Gadget {
        @Id(generated = true)
        @Column(name = "id")
        int id;
        @Column(name = "name")
        String name;

        public Gadget() {
        }

        Gadget(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Gadget[" + id + ", " + name + "]";
        }
    }

    @Entity("tags")
    public static class Tag {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "label")
        String label;

        public Tag() {
        }

        Tag(Integer id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public String toString() {
            return "Tag[" + id + ", " + label + "]";
        }
    }

    static void create(TestDatabase db) {
        db.execute("CREATE TABLE gadgets (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50) NOT NULL)",
                "CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(50))");
    }

    @AllDatabases
    void aPrimitiveGeneratedKeyAtZeroIsUnsetAndGenerated(TestDatabase db) {
        create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Gadget.class).build();
        Gadget first = new Gadget("first");
        Gadget second = new Gadget("second");
        Gadget given = new Gadget("given");
        given.id = 40;
        try (Session s = orm.openSession()) {
            s.persist(first);
            s.persist(second); // both at 0: neither is a duplicate of the other
            s.persist(given);
            s.commit();
            assertThat(s.find(Gadget.class, first.id)).isSameAs(first);
        }
        assertThat(first.id).isEqualTo(1);
        assertThat(second.id).isEqualTo(2);
        assertThat(Dump.tables(db, "gadgets:id")).containsExactly(
                "gadgets(id=1, name=first)", "gadgets(id=2, name=second)", "gadgets(id=40, name=given)");
    }

    @AllDatabases
    void aSecondNewInstanceWithTheSameKeyIsRefusedAtPersist(TestDatabase db) {
        create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Tag.class).build();
        try (Session s = orm.openSession()) {
            s.persist(new Tag(1, "first"));
            Tag twin = new Tag(1, "twin");
            assertThatThrownBy(() -> s.persist(twin))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot persist Tag[1, twin] as a new row of tags: another new instance in this session has the "
                            + "same key [1] and is not flushed yet. Persist one instance per row, or give this one another key.");
            twin.id = 2;
            s.persist(twin);
            s.commit();
            assertThatThrownBy(() -> s.persist(new Tag(2, "again")))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot persist Tag[2, again] as a new row of tags: the session already holds the row with key "
                            + "[2]. Change that instance instead.");
        }
        assertThat(Dump.tables(db, "tags:id")).containsExactly("tags(id=1, label=first)", "tags(id=2, label=twin)");
    }

    @AllDatabases
    void aFailedCommitResetsTheKeysItsFlushGenerated(TestDatabase db) {
        create(db);
        FailingCommitDataSource dataSource = new FailingCommitDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(dataSource).entities(Gadget.class).build();
        Gadget kept = new Gadget("kept");
        try (Session s = orm.openSession()) {
            s.persist(kept);
            s.commit();
        }
        Gadget early = new Gadget("early");
        Gadget late = new Gadget("late");
        try (Session s = orm.openSession()) {
            s.persist(early);
            s.flush(); // a first flush of the transaction
            assertThat(early.id).isPositive();
            s.persist(late);
            dataSource.failCommits = true;
            assertThatThrownBy(s::commit).isInstanceOf(MetalOrmException.class)
                    .hasMessage("Commit failed: the test refuses this commit");
            assertThat(early.id).as("rolled back with the transaction: back to unset").isZero();
            assertThat(late.id).isZero();
            assertThat(s.contains(late)).as("the session is cleared").isFalse();
        }
        assertThat(kept.id).as("committed before: kept").isEqualTo(1);
        assertThat(Dump.tables(db, "gadgets:id")).containsExactly("gadgets(id=1, name=kept)");
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void aDeferredConstraintFailingAtCommitResetsTheKeys(TestDatabase db) {
        db.execute("CREATE TABLE gadgets (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                + "part_of INT REFERENCES gadgets (id) DEFERRABLE INITIALLY DEFERRED)");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(PartOf.class).build();
        PartOf p = new PartOf();
        p.name = "broken";
        p.partOf = 999; // checked only at COMMIT
        try (Session s = orm.openSession()) {
            s.persist(p);
            assertThatThrownBy(s::commit).isInstanceOf(MetalOrmException.class).hasMessageStartingWith("Commit failed: ");
            assertThat(p.id).isNull();
        }
        assertThat(Dump.count(db, "gadgets")).isZero();
    }

    @Entity("gadgets")
    public static class PartOf {
        @Id(generated = true)
        @Column(name = "id")
        Integer id;
        @Column(name = "name")
        String name;
        @Column(name = "part_of")
        Integer partOf;
    }
}
