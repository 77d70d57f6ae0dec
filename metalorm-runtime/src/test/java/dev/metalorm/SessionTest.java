package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.User;
import dev.metalorm.query.Where;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

class SessionTest {
    static final TableDefinition COUNTRIES = defineTable("countries",
            integer("id").primaryKey(), varchar("name").notNull());
    static final TableDefinition CITIES = defineTable("cities",
            integer("id").primaryKey(), varchar("name").notNull(), integer("country_id").notNull(),
            belongsTo("country", () -> COUNTRIES, "country_id"));
    static final TableDefinition STREETS = defineTable("streets",
            integer("id").primaryKey(), varchar("name").notNull(), integer("city_id").notNull(),
            belongsTo("city", () -> SessionTest.CITIES, "city_id"));

    static void createChain(TestDatabase db) {
        db.execute("CREATE TABLE countries (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                "CREATE TABLE cities (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, country_id INT NOT NULL, "
                        + "FOREIGN KEY (country_id) REFERENCES countries (id))",
                "CREATE TABLE streets (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, city_id INT NOT NULL, "
                        + "FOREIGN KEY (city_id) REFERENCES cities (id))");
    }

    @AllDatabases
    void oneRowIsOneInstancePerSession(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            s.persist(new User("a@x"));
            s.persist(new User("b@x"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User a = s.find(User.class, 1);
            assertThat(s.find(User.class, 1)).isSameAs(a);
            assertThat(s.find(User.class, 1L)).as("key converted to the column's type").isSameAs(a);
            a.setEmail("changed@x");
            List<User> all = s.from(User.class).orderBy("id").list();
            assertThat(all.get(0)).as("a query returns the instance already in the session").isSameAs(a);
            assertThat(all.get(0).getEmail()).as("pending changes are kept, not overwritten by the read").isEqualTo("changed@x");
            assertThat(s.from(User.class).where(Where.eq("id", 2)).first().orElseThrow()).isSameAs(all.get(1));
            assertThat(s.find(User.class, 99)).isNull();
            s.remove(all.get(1));
            assertThat(s.find(User.class, 2)).as("removed in this session").isNull();
            assertThat(s.from(User.class).list()).as("queries skip it too").containsExactly(a);
            assertThat(s.contains(a)).isTrue();
            try (Session other = orm.openSession()) {
                assertThat(other.find(User.class, 1)).isNotSameAs(a);
            }
            s.commit();
        }
        assertThat(Dump.tables(db, "users:id")).containsExactly("users(id=1, email=changed@x, created_at=null)");
    }

    @AllDatabases
    void onlyChangedColumnsAreUpdatedAndUnchangedEntitiesNotAtAll(TestDatabase db) {
        ExampleSchema.create(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).statementListener(log).build();
        try (Session s = orm.openSession()) {
            s.persist(new User("a@x"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User a = s.find(User.class, 1);
            log.clear();
            s.commit();
            assertThat(log.statements()).as("nothing dirty, nothing written").isEmpty();
            a.setEmail("b@x");
            s.commit();
            assertThat(log.statements()).containsExactly(
                    "UPDATE " + q(db, "users") + " SET " + q(db, "email") + " = ? WHERE " + q(db, "id") + " = ?");
            log.clear();
            s.commit();
            assertThat(log.statements()).as("the snapshot was refreshed by the last flush").isEmpty();
        }
    }

    @AllDatabases
    void aThreeLevelChainPersistedInReverseOrderFlushesParentsFirst(TestDatabase db) {
        createChain(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(STREETS).statementListener(log).build();
        try (Session s = orm.openSession()) {
            s.persist(STREETS.newRow().set("id", 100).set("name", "Main St").set("city_id", 10));
            s.persist(CITIES.newRow().set("id", 10).set("name", "Springfield").set("country_id", 1));
            s.persist(COUNTRIES.newRow().set("id", 1).set("name", "Freedonia"));
            s.commit();
        }
        assertThat(log.only("INSERT")).extracting(sql -> sql.split(" ")[2])
                .containsExactly(q(db, "countries"), q(db, "cities"), q(db, "streets"));
        log.clear();
        try (Session s = orm.openSession()) {
            Row country = s.find(COUNTRIES, 1);
            Row city = s.find(CITIES, 10);
            Row street = s.find(STREETS, 100);
            s.remove(country);
            s.remove(city);
            s.remove(street);
            s.commit();
        }
        assertThat(log.only("DELETE")).extracting(sql -> sql.split(" ")[2])
                .containsExactly(q(db, "streets"), q(db, "cities"), q(db, "countries"));
        assertThat(Dump.count(db, "countries") + Dump.count(db, "cities") + Dump.count(db, "streets")).isZero();
    }

    @AllDatabases
    void anUpdatePointingAtANewRowWaitsForItsInsert(TestDatabase db) {
        createChain(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(STREETS).build();
        try (Session s = orm.openSession()) {
            s.persist(COUNTRIES.newRow().set("id", 1).set("name", "Freedonia"));
            s.persist(CITIES.newRow().set("id", 10).set("name", "Old Town").set("country_id", 1));
            s.persist(STREETS.newRow().set("id", 100).set("name", "Main St").set("city_id", 10));
            s.commit();
            s.find(STREETS, 100).set("city_id", 11);
            s.persist(CITIES.newRow().set("id", 11).set("name", "New Town").set("country_id", 1));
            s.commit();
        }
        assertThat(Dump.tables(db, "streets:id")).containsExactly("streets(id=100, name=Main St, city_id=11)");
    }

    @AllDatabases
    void removingANewOwnerForgetsItsNewCascadedChildren(TestDatabase db) {
        ExampleSchema.create(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).statementListener(log).build();
        try (Session s = orm.openSession()) {
            User u = new User("gone@x");
            s.persist(u);
            Post p = new Post("orphan?");
            u.getPosts().add(p);
            s.remove(u);
            assertThat(s.contains(p)).isFalse();
            s.commit();
        }
        assertThat(log.statements()).isEmpty();
    }

    @AllDatabases
    void aRowLostOutsideTheSessionFailsTheFlush(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            s.persist(new User("a@x"));
            s.persist(new User("b@x"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User a = s.find(User.class, 1);
            User b = s.find(User.class, 2);
            s.commit(); // gives the connection back, so the row can go outside the session
            db.execute("DELETE FROM users WHERE id = 1");
            b.setEmail("b2@x");
            a.setEmail("a2@x");
            assertThatThrownBy(s::commit)
                    .isInstanceOf(StatementException.class)
                    .hasMessage("Expected 1 row of users with key [1], found 0 (deleted or re-keyed outside this session?); the "
                            + "flush was rolled back: UPDATE " + q(db, "users") + " SET " + q(db, "email") + " = ? WHERE "
                            + q(db, "id") + " = ?");
        }
        assertThat(Dump.tables(db, "users:id")).containsExactly("users(id=2, email=b@x, created_at=null)");
    }

    @AllDatabases
    void aFailingStatementMidFlushLeavesTheDatabaseUnchanged(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            s.persist(new User("kept@x"));
            s.commit();
        }
        List<String> before = Dump.tables(db, "users:id", "posts:id");
        User first = new User("first@x");
        User broken = new User(null);
        Post post = new Post("p");
        try (Session s = orm.openSession()) {
            s.find(User.class, 1).setEmail("updated@x");
            s.persist(first);
            s.persist(broken);
            s.persist(post);
            post.setUserId(1);
            assertThatThrownBy(s::commit)
                    .isInstanceOf(StatementException.class)
                    .hasMessageStartingWith(db.kind() == dev.metalorm.testing.DatabaseKind.POSTGRES
                            ? "SQL failed for one of 2 users rows (insert; the driver does not say which): INSERT INTO " + q(db, "users")
                            : "SQL failed for a new users row (insert): INSERT INTO " + q(db, "users"));
            assertThat(first.getId()).as("a key generated by the failed flush is reset").isNull();
            assertThat(s.contains(first)).as("the session is cleared").isFalse();
        }
        assertThat(Dump.tables(db, "users:id", "posts:id")).isEqualTo(before);
    }

    @AllDatabases
    void identifiersAreQuotedAndValuesBound(TestDatabase db) {
        String open = db.kind() == dev.metalorm.testing.DatabaseKind.MYSQL ? "`" : "\"";
        String user = open + "user" + open;
        String group = open + "group" + open;
        String order = open + "order" + open;
        db.execute("CREATE TABLE " + user + " (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                "CREATE TABLE " + group + " (id INT PRIMARY KEY, " + open + "select" + open + " VARCHAR(100))",
                "CREATE TABLE " + order + " (id INT PRIMARY KEY, user_id INT NOT NULL, group_id INT, "
                        + "FOREIGN KEY (user_id) REFERENCES " + user + " (id), FOREIGN KEY (group_id) REFERENCES " + group + " (id))",
                "CREATE TABLE users (id INT PRIMARY KEY)");
        TableDefinition users = defineTable("user", integer("id").primaryKey(), varchar("name").notNull());
        TableDefinition groups = defineTable("group", integer("id").primaryKey(), varchar("select"));
        TableDefinition orders = defineTable("order", integer("id").primaryKey(), integer("user_id").notNull(), integer("group_id"),
                belongsTo("user", () -> users, "user_id"), belongsTo("group", () -> groups, "group_id"));
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(orders).build();
        String evil = "'); DROP TABLE users; --";
        try (Session s = orm.openSession()) {
            s.persist(orders.newRow().set("id", 1).set("user_id", 7).set("group_id", 3));
            s.persist(groups.newRow().set("id", 3).set("select", evil + " \" ` \\"));
            s.persist(users.newRow().set("id", 7).set("name", evil));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertThat(s.from(users).where(Where.eq("name", evil)).list()).singleElement()
                    .extracting(r -> r.get("name")).isEqualTo(evil);
            assertThat(s.find(groups, 3).get("select")).isEqualTo(evil + " \" ` \\");
            assertThat(s.from(orders).where(Where.and(Where.eq("user_id", 7), Where.in("group_id", 3, 4))).count()).isEqualTo(1);
        }
        assertThat(Dump.count(db, "users")).as("the users table still exists").isZero();
    }

    static String q(TestDatabase db, String identifier) {
        return db.kind() == dev.metalorm.testing.DatabaseKind.MYSQL ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }
}
