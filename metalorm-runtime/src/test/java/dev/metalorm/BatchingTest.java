package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Post;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.support.CountingDataSource;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 12, JDBC batching: a flush sends one batch per table and statement shape (at most 1,000 rows
 * each), in foreign-key order, with the generated keys of every row; pivot rows likewise. Run on
 * MariaDB both as it is and through Connector/J's rewriteBatchedStatements.
 */
class BatchingTest {
    static final int USERS = 1500;

    @AllDatabases
    void aBigFlushIsOneBatchPerTableAndShapeWithEveryKeyRight(TestDatabase db) {
        ExampleSchema.create(db);
        for (TestDatabase target : targets(db)) {
            db.execute("DELETE FROM users_roles", "DELETE FROM posts", "DELETE FROM roles", "DELETE FROM users");
            StatementLog log = new StatementLog();
            CountingDataSource counting = new CountingDataSource(target.dataSource());
            MetalOrm orm = MetalOrm.builder(counting).entities(User.class).statementListener(log).build();
            List<User> users = new ArrayList<>();
            try (Session s = orm.openSession()) {
                Role reader = new Role("reader");
                Role writer = new Role("writer");
                s.persist(reader);
                s.persist(writer);
                for (int i = 0; i < USERS; i++) {
                    User u = new User("u" + i + "@x");
                    s.persist(u);
                    u.getPosts().add(new Post("first of " + i));
                    u.getPosts().add(new Post("second of " + i));
                    u.getRoles().attach(i % 2 == 0 ? reader : writer);
                    users.add(u);
                }
                counting.reset();
                log.clear();
                s.commit();
            }
            // 1,000 rows per batch: roles 1, users 2, posts 3 (3,000 rows), links 2
            assertThat(log.statements()).extracting(sql -> sql.split(" ")[2].replaceAll("[`\"]", ""))
                    .containsExactly("roles", "users", "users", "posts", "posts", "posts", "users_roles", "users_roles");
            assertThat(counting.statements()).as("one statement prepared per table and shape").isEqualTo(4);
            assertThat(count(db, "SELECT COUNT(*) FROM posts p JOIN users u ON u.id = p.user_id "
                    + "WHERE p.title LIKE CONCAT('%of ', SUBSTRING(u.email, 2, POSITION('@' IN u.email) - 2))"))
                    .as("every post points at its own user").isEqualTo(2L * USERS);
            assertThat(users.get(USERS - 1).getId().longValue()).isEqualTo(count(db, "SELECT MAX(id) FROM users"));
            assertThat(count(db, "SELECT COUNT(*) FROM users_roles ur JOIN roles r ON r.id = ur.role_id "
                    + "JOIN users u ON u.id = ur.user_id WHERE r.name = 'reader'")).isEqualTo(USERS / 2);

            log.clear();
            try (Session s = orm.openSession()) {
                List<User> all = s.from(User.class).list();
                all.forEach(u -> u.setEmail(u.getEmail().toUpperCase(java.util.Locale.ROOT)));
                log.clear();
                s.commit();
                assertThat(log.statements()).as("1,500 updates of one shape").hasSize(2).allMatch(sql -> sql.startsWith("UPDATE"));
                List<Post> posts = s.from(Post.class).list();
                posts.forEach(s::remove);
                log.clear();
                s.commit();
                assertThat(log.statements()).hasSize(3).allMatch(sql -> sql.startsWith("DELETE"));
            }
            assertThat(Dump.count(db, "posts")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM users WHERE email LIKE 'U%@X'")).isEqualTo(USERS);
        }
    }

    @AllDatabases(DatabaseKind.MYSQL)
    void aRewrittenBatchThatFailsNamesTheBatchAndKeepsNothing(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(targets(db).get(1).dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            s.persist(new User("a@x"));
            s.persist(new User(null));
            s.persist(new User("c@x"));
            StatementException e = catchThrowableOfType(StatementException.class, s::commit);
            assertThat(e).hasMessageStartingWith("SQL failed for one of 3 users rows (insert; the driver does not say which): ");
        }
        assertThat(Dump.count(db, "users")).isZero();
    }

    /** The database, and on MariaDB also through rewriteBatchedStatements=true. */
    static List<TestDatabase> targets(TestDatabase db) {
        if (db.kind() != DatabaseKind.MYSQL) {
            return List.of(db);
        }
        return List.of(db, OptimisticLockTest.rewritten(db));
    }

    static long count(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
