package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.User;
import dev.metalorm.query.Where;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Issue 12: the statement listener hears SQL, masked parameters, batch size, row count and elapsed time. */
class StatementListenerTest {

    /** What a listener saw, copied during the call (an ExecutedStatement is read during it). */
    private record Seen(String sql, List<Object> parameters, List<Object> lastRow, int batchSize, long rowCount,
                        long elapsedNanos, boolean succeeded, String text) {
        static Seen of(ExecutedStatement s) {
            return new Seen(s.sql(), s.parameters(), s.parameters(s.batchSize() - 1), s.batchSize(), s.rowCount(),
                    s.elapsedNanos(), s.succeeded(), s.toString());
        }

        String verb() {
            return sql.substring(0, sql.indexOf(' '));
        }
    }

    @AllDatabases
    void eachStatementIsToldWithItsParametersBatchSizeRowCountAndTime(TestDatabase db) {
        ExampleSchema.create(db);
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> second = Collections.synchronizedList(new ArrayList<>());
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class)
                .listener(s -> seen.add(Seen.of(s)))
                .listener(s -> second.add(s.sql()))
                .build();
        try (Session session = orm.openSession()) {
            for (int i = 0; i < 3; i++) {
                session.persist(new User("u" + i + "@x"));
            }
            session.flush();
            Seen insert = seen.get(0);
            assertThat(seen).hasSize(1);
            assertThat(insert.verb()).isEqualTo("INSERT");
            assertThat(insert.batchSize()).as("one JDBC batch of three rows").isEqualTo(3);
            assertThat(insert.parameters()).contains("u0@x");
            assertThat(insert.lastRow()).contains("u2@x");
            assertThat(insert.rowCount()).isEqualTo(3);
            assertThat(insert.succeeded()).isTrue();
            assertThat(insert.elapsedNanos()).isPositive();
            assertThat(insert.text()).contains(" (batch of 3) -> 3 row(s) in ").endsWith(" ms");

            seen.clear();
            session.clear();
            User found = session.find(User.class, 2);
            assertThat(seen).singleElement().satisfies(s -> {
                assertThat(s.verb()).isEqualTo("SELECT");
                assertThat(s.parameters()).containsExactly(2);
                assertThat(s.batchSize()).isEqualTo(1);
                assertThat(s.rowCount()).as("rows read").isEqualTo(1);
            });

            seen.clear();
            found.setEmail("changed@x");
            session.flush();
            assertThat(session.from(User.class).where(Where.like("email", "u%")).list()).hasSize(2);
            assertThat(session.update(User.class).set("email", "all@x").all().execute()).isEqualTo(3);
            assertThat(seen).extracting(Seen::verb, Seen::rowCount).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("UPDATE", 1L), org.assertj.core.groups.Tuple.tuple("SELECT", 2L),
                    org.assertj.core.groups.Tuple.tuple("UPDATE", 3L), org.assertj.core.groups.Tuple.tuple("SELECT", 3L));

            seen.clear();
            assertThatThrownBy(() -> session.sql("SELECT no_such_column FROM users").rows()).isInstanceOf(StatementException.class);
            assertThat(seen).singleElement().satisfies(s -> {
                assertThat(s.succeeded()).isFalse();
                assertThat(s.rowCount()).isEqualTo(-1);
                assertThat(s.text()).endsWith(" ms").contains(" -> failed in ");
            });
        }
        assertThat(second).as("the second listener heard every statement too").hasSize(7);
    }

    @AllDatabases
    void maskedColumnsAndRawSqlArgumentsAreShownAsStarsButBoundForReal(TestDatabase db) {
        ExampleSchema.create(db);
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class)
                .listener(s -> seen.add(Seen.of(s)))
                .maskParameters(column -> column.equals("email"))
                .build();
        try (Session session = orm.openSession()) {
            session.persist(new User("secret@x"));
            session.commit();
            assertThat(session.from(User.class).where(Where.eq("email", "secret@x")).orderBy("id").page(1, 5).items()).hasSize(1);
            assertThat(session.sql("SELECT COUNT(*) FROM users WHERE email = ?", "secret@x").scalar(Long.class)).isEqualTo(1);
            User user = session.find(User.class, 1);
            user.setEmail("other-secret@x");
            session.commit();
        }
        assertThat(seen).allSatisfy(s -> assertThat(s.text()).doesNotContain("secret"));
        Seen insert = seen.get(0);
        assertThat(insert.verb()).isEqualTo("INSERT");
        assertThat(insert.parameters()).contains(ExecutedStatement.MASK);
        Seen paged = seen.stream().filter(s -> s.sql().contains("LIMIT") || s.sql().contains("FETCH")).findFirst().orElseThrow();
        assertThat(paged.parameters()).as("the email masked, the page size not").contains(ExecutedStatement.MASK).contains(5);
        Seen raw = seen.stream().filter(s -> s.sql().startsWith("SELECT COUNT(*) FROM users WHERE")).findFirst().orElseThrow();
        assertThat(raw.parameters()).as("a raw SQL argument's column is unknown: masked").containsExactly(ExecutedStatement.MASK);
        Seen update = seen.get(seen.size() - 1);
        assertThat(update.verb()).isEqualTo("UPDATE");
        assertThat(update.parameters()).containsExactly(ExecutedStatement.MASK, 1);
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT email FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the database got the real value").isEqualTo("other-secret@x");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
