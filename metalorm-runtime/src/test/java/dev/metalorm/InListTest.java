package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.press.Article;
import dev.metalorm.example.press.Author;
import dev.metalorm.example.press.Press;
import dev.metalorm.query.Where;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** IN lists beyond a driver's parameter limit, and SQL quoted in errors. */
class InListTest {
    @AllDatabases
    void seventyThousandValuesWork(TestDatabase db) {
        Press.seed(db);
        StatementLog log = new StatementLog();
        MetalOrm orm = Press.orm(db.dataSource(), log);
        List<Integer> ids = IntStream.rangeClosed(-70_000, 2).boxed().toList(); // 70,003 values, two of them match
        List<String> names = new ArrayList<>(IntStream.range(0, 70_000).mapToObj(i -> "n" + i).toList());
        names.add("Cleo");
        try (Session s = orm.openSession()) {
            assertThat(s.from(Author.class).where(Where.in("id", ids)).orderBy("id").list()).extracting(Author::getName)
                    .containsExactly("Ada", "Brian");
            assertThat(s.from(Author.class).where(Where.in("name", names)).list()).extracting(Author::getName)
                    .containsExactly("Cleo");
            assertThat(s.from(Author.class).whereHas("articles", w -> w.in("id", ids)).count()).isEqualTo(1);
        }
        String first = log.statements().get(0);
        if (db.kind() == DatabaseKind.POSTGRES) {
            assertThat(first).as("one array parameter").endsWith("WHERE \"id\" = ANY(?) ORDER BY \"id\"");
        } else {
            assertThat(first).as("MySQL has no arrays, Connector/J binds client side without a limit; H2 takes arrays of "
                    + "65,536 at most").contains("IN (?, ?");
        }
        try (Session s = orm.openSession()) {
            log.clear();
            assertThat(s.from(Author.class).where(Where.in("id", ids.subList(ids.size() - 5_000, ids.size()))).count()).isEqualTo(2);
            assertThat(log.statements().get(0)).endsWith(db.kind() == DatabaseKind.MYSQL ? "?)" : "\"id\" = ANY(?)");
            assertThat(s.from(Author.class).where(Where.in("name", names.subList(names.size() - 5_000, names.size()))).list())
                    .extracting(Author::getName).containsExactly("Cleo");
        }
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void aLongListOfATypeWithoutArraysStopsBeforeTheDriverOnPostgres(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        List<LocalDateTime> times = IntStream.range(0, 40_000).mapToObj(i -> LocalDateTime.of(2030, 1, 1, 0, 0).plusMinutes(i)).toList();
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.from(Article.class).where(Where.in("created_at", times)).list())
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("A statement on articles would bind 40,000 values; PostgreSQL 15.20 accepts at most 32,767 per "
                            + "statement. Pass fewer values (a long Where.in list is bound as one array only for integer, "
                            + "decimal, text and uuid columns).".replace("15.20", orm.dialectName().substring("PostgreSQL ".length())));
            // the same list within the limit is an IN list and works
            assertThat(s.from(Article.class).where(Where.in("created_at", times.subList(0, 30_000))).count()).isEqualTo(0);
        }
    }

    @AllDatabases
    void sqlQuotedInAnErrorIsCapped(TestDatabase db) {
        Press.seed(db);
        MetalOrm orm = Press.orm(db.dataSource());
        db.execute("DROP TABLE biographies");
        List<Integer> ids = IntStream.range(0, 900).boxed().toList();
        try (Session s = orm.openSession()) {
            StatementException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> s.from(Author.class).whereHas("biography", w -> w.in("id", ids)).list(), StatementException.class);
            assertThat(e.sql().length()).isGreaterThan(2_000);
            assertThat(e.getMessage()).startsWith("SQL failed: SELECT ").contains("more characters cut]")
                    .contains("biographies");
            assertThat(e.getMessage().length()).isLessThan(2 * StatementException.QUOTED_SQL_LIMIT + 200);
        }
        assertThat(StatementException.cap("x".repeat(2_500))).isEqualTo("x".repeat(2_000) + "... [500 more characters cut]");
        assertThat(StatementException.cap("short")).isEqualTo("short");
    }
}
