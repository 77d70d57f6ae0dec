package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.belongsToMany;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** Issue 11 items 3 and 4: rows of one table ordered by their references; junction rows removed with their owner. */
class WriteOrderTest {
    /** A NOT NULL self-reference, as in a real catalogue: every type has a root type, a root is its own root. */
    static final TableDefinition TYPES = defineTable("types",
            integer("id").primaryKey(), varchar("name").notNull(), integer("root_id").notNull(),
            belongsTo("root", () -> WriteOrderTest.TYPES, "root_id"),
            hasMany("members", () -> WriteOrderTest.TYPES, "root_id"));

    static void createTypes(TestDatabase db) {
        db.execute("CREATE TABLE types (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, root_id INT NOT NULL, "
                + "FOREIGN KEY (root_id) REFERENCES types (id))");
    }

    @AllDatabases
    void aNotNullSelfReferenceIsNoCycleAndOrdersTheRowsOfItsTable(TestDatabase db) {
        createTypes(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(TYPES).statementListener(log).build();
        try (Session s = orm.openSession()) {
            // persisted leaf first: the flush, not the call order, decides
            s.persist(TYPES.newRow().set("id", 4).set("name", "leaf").set("root_id", 3));
            s.persist(TYPES.newRow().set("id", 3).set("name", "branch").set("root_id", 2));
            s.persist(TYPES.newRow().set("id", 5).set("name", "other leaf").set("root_id", 3));
            s.persist(TYPES.newRow().set("id", 2).set("name", "trunk").set("root_id", 1));
            s.persist(TYPES.newRow().set("id", 1).set("name", "root").set("root_id", 1));
            s.commit();
        }
        assertThat(log.statements()).as("one batch per level: the root (its own root), then each level below")
                .hasSize(4).allMatch(sql -> sql.startsWith("INSERT INTO"));
        assertThat(Dump.tables(db, "types:id")).containsExactly(
                "types(id=1, name=root, root_id=1)", "types(id=2, name=trunk, root_id=1)", "types(id=3, name=branch, root_id=2)",
                "types(id=4, name=leaf, root_id=3)", "types(id=5, name=other leaf, root_id=3)");
        log.clear();
        try (Session s = orm.openSession()) {
            for (int id = 1; id <= 5; id++) {
                s.remove(s.find(TYPES, id)); // parents first: the flush deletes children first
            }
            if (db.kind() == DatabaseKind.MYSQL) {
                // InnoDB checks foreign keys row by row: the root refers to itself through a NOT NULL key
                assertThatThrownBy(s::commit).isInstanceOf(ForeignKeyViolationException.class)
                        .hasMessageStartingWith("Foreign key types_ibfk_1 violated by types row [1] (delete): DELETE FROM `types`");
                assertThat(Dump.count(db, "types")).as("rolled back").isEqualTo(5);
                return;
            }
            s.commit();
        }
        assertThat(log.only("DELETE")).hasSize(4);
        assertThat(Dump.count(db, "types")).isZero();
    }

    static final TableDefinition NODES = defineTable("nodes",
            serial("id").primaryKey(), varchar("name").notNull(), integer("parent_id").notNull(),
            belongsTo("parent", () -> WriteOrderTest.NODES, "parent_id"));

    @AllDatabases
    void aChainOfNewRowsWithGeneratedKeysGoesInParentsFirst(TestDatabase db) {
        db.execute("CREATE TABLE nodes (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50) NOT NULL, "
                + "parent_id INT NOT NULL, FOREIGN KEY (parent_id) REFERENCES nodes (id))");
        db.execute("INSERT INTO nodes (name, parent_id) VALUES ('top', 1)");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(NODES).build();
        try (Session s = orm.openSession()) {
            Row top = s.find(NODES, 1);
            List<Row> chain = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                chain.add(NODES.newRow().set("name", "n" + i));
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                s.persist(chain.get(i)); // deepest first
                chain.get(i).belongsTo("parent").set(i == 0 ? top : chain.get(i - 1));
            }
            s.commit();
            assertThat(chain.get(29).get("parent_id")).isEqualTo(chain.get(28).get("id"));
        }
        List<String> rows = Dump.tables(db, "nodes:id");
        assertThat(rows).hasSize(31);
        assertThat(rows.get(1)).isEqualTo("nodes(id=2, name=n0, parent_id=1)");
        assertThat(rows.get(30)).isEqualTo("nodes(id=31, name=n29, parent_id=30)");
    }

    @AllDatabases
    void newRowsReferringToEachOtherThroughANotNullKeyAreRefused(TestDatabase db) {
        db.execute("CREATE TABLE nodes (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50) NOT NULL, "
                + "parent_id INT NOT NULL, FOREIGN KEY (parent_id) REFERENCES nodes (id))");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(NODES).build();
        String message = "Cannot insert the new nodes rows: they refer to each other in a cycle (or a row to itself before its key "
                + "is generated) through nodes.[parent_id], which is NOT NULL, so no order of INSERTs works. Point one of them "
                + "at a row that exists, give the rows their keys, or allow NULL in the column.";
        try (Session s = orm.openSession()) {
            Row a = NODES.newRow().set("name", "a");
            Row b = NODES.newRow().set("name", "b");
            s.persist(a);
            s.persist(b);
            a.belongsTo("parent").set(b);
            b.belongsTo("parent").set(a);
            assertThatThrownBy(s::commit).isInstanceOf(MetalOrmException.class).hasMessage(message);
        }
        try (Session s = orm.openSession()) {
            Row self = NODES.newRow().set("name", "self");
            s.persist(self);
            self.belongsTo("parent").set(self);
            assertThatThrownBy(s::commit).isInstanceOf(MetalOrmException.class).hasMessage(message);
        }
        assertThat(Dump.count(db, "nodes")).isZero();
    }

    static final TableDefinition STAFF = defineTable("staff",
            serial("id").primaryKey(), varchar("name"), integer("manager_id"),
            belongsTo("manager", () -> WriteOrderTest.STAFF, "manager_id"));

    @AllDatabases
    void newRowsReferringToEachOtherThroughANullableKeyAreInsertedThenLinked(TestDatabase db) {
        db.execute("CREATE TABLE staff (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), "
                + "manager_id INT, FOREIGN KEY (manager_id) REFERENCES staff (id))");
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(STAFF).statementListener(log).build();
        try (Session s = orm.openSession()) {
            Row a = STAFF.newRow().set("name", "a");
            Row b = STAFF.newRow().set("name", "b");
            Row self = STAFF.newRow().set("name", "self");
            s.persist(a);
            s.persist(b);
            s.persist(self);
            a.belongsTo("manager").set(b);
            b.belongsTo("manager").set(a);
            self.belongsTo("manager").set(self);
            s.commit();
        }
        // b and self go first with the references closing their cycles NULL, a after them (b's key known), then the UPDATE
        assertThat(log.statements()).extracting(sql -> sql.split(" ")[0]).containsExactly("INSERT", "INSERT", "UPDATE");
        assertThat(Dump.tables(db, "staff:id")).containsExactly(
                "staff(id=1, name=b, manager_id=3)", "staff(id=2, name=self, manager_id=2)", "staff(id=3, name=a, manager_id=1)");
        log.clear();
        try (Session s = orm.openSession()) {
            s.remove(s.find(STAFF, 1));
            s.remove(s.find(STAFF, 2));
            s.remove(s.find(STAFF, 3));
            s.commit();
        }
        assertThat(log.only("UPDATE")).as("the cycle is cut before its rows go (and, on InnoDB, the row referring to itself)")
                .hasSize(db.kind() == DatabaseKind.MYSQL ? 2 : 1);
        assertThat(Dump.count(db, "staff")).isZero();
    }

    // ---- a junction that is an entity too (its rows have a payload), beside the belongsToMany

    static final TableDefinition POSTS = defineTable("posts",
            serial("id").primaryKey(), varchar("title"),
            hasMany("postTags", () -> WriteOrderTest.POST_TAGS, "post_id"),
            belongsToMany("tags", () -> WriteOrderTest.TAGS, () -> WriteOrderTest.POST_TAGS, "post_id", "tag_id"));
    static final TableDefinition TAGS = defineTable("tags", serial("id").primaryKey(), varchar("label"),
            belongsToMany("posts", () -> WriteOrderTest.POSTS, () -> WriteOrderTest.POST_TAGS, "tag_id", "post_id"));
    static final TableDefinition POST_TAGS = defineTable("post_tags",
            integer("post_id").primaryKey(), integer("tag_id").primaryKey(), varchar("note"),
            belongsTo("post", () -> POSTS, "post_id"), belongsTo("tag", () -> TAGS, "tag_id"));

    static MetalOrm press(TestDatabase db, StatementLog log) {
        db.execute("CREATE TABLE posts (" + ExampleSchema.serialKey(db, "id") + ", title VARCHAR(50))",
                "CREATE TABLE tags (" + ExampleSchema.serialKey(db, "id") + ", label VARCHAR(50))",
                "CREATE TABLE post_tags (post_id INT NOT NULL, tag_id INT NOT NULL, note VARCHAR(50), PRIMARY KEY (post_id, tag_id), "
                        + "FOREIGN KEY (post_id) REFERENCES posts (id), FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "INSERT INTO posts (title) VALUES ('one')", "INSERT INTO posts (title) VALUES ('two')",
                "INSERT INTO tags (label) VALUES ('a')", "INSERT INTO tags (label) VALUES ('b')",
                "INSERT INTO post_tags (post_id, tag_id, note) VALUES (1, 1, 'x')",
                "INSERT INTO post_tags (post_id, tag_id, note) VALUES (1, 2, 'y')",
                "INSERT INTO post_tags (post_id, tag_id, note) VALUES (2, 2, 'z')");
        return MetalOrm.builder(db.dataSource()).tables(POSTS).statementListener(log).build();
    }

    @AllDatabases
    void removingAnOwnerWithItsJunctionEntitiesFlushesCleanly(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = press(db, log);
        try (Session s = orm.openSession()) {
            Row post = s.find(POSTS, 1);
            for (Row link : new ArrayList<>(post.hasMany("postTags").load())) {
                s.remove(link);
            }
            s.remove(post);
            s.commit();
        }
        assertThat(Dump.tables(db, "posts:id", "post_tags:post_id")).containsExactly(
                "posts(id=2, title=two)", "post_tags(post_id=2, tag_id=2, note=z)");
        try (Session s = orm.openSession()) {
            Row post = s.find(POSTS, 2);
            Row tag = s.find(TAGS, 2);
            s.remove(post.hasMany("postTags").load().get(0)); // the junction row as an entity...
            post.belongsToMany("tags").detach(tag);            // ...and the same link through the relation
            s.commit();
        }
        assertThat(Dump.count(db, "post_tags")).isZero();
    }

    @AllDatabases
    void aNewOwnerOrTargetRemovedAfterAttachWritesNoLink(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = press(db, log);
        try (Session s = orm.openSession()) {
            Row tag = s.find(TAGS, 1);
            Row post = POSTS.newRow().set("title", "draft");
            s.persist(post);
            post.belongsToMany("tags").attach(tag);
            s.remove(post);
            Row other = s.find(POSTS, 2);
            Row newTag = TAGS.newRow().set("label", "gone");
            other.belongsToMany("tags").attach(newTag);
            s.remove(newTag);
            log.clear();
            s.commit();
        }
        assertThat(log.statements()).as("nothing to write").isEmpty();
        assertThat(Dump.tables(db, "posts:id", "tags:id")).containsExactly(
                "posts(id=1, title=one)", "posts(id=2, title=two)", "tags(id=1, label=a)", "tags(id=2, label=b)");
        assertThat(Dump.count(db, "post_tags")).isEqualTo(3);
    }
}
