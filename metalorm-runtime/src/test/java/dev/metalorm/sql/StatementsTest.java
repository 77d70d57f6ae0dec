package dev.metalorm.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.MetalOrm;
import dev.metalorm.example.Sample;
import dev.metalorm.example.User;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.dialect.Dialect;
import dev.metalorm.sql.dialect.Dialects;
import dev.metalorm.sql.dialect.H2Dialect;
import dev.metalorm.sql.dialect.MySqlDialect;
import dev.metalorm.sql.dialect.PostgresDialect;
import dev.metalorm.testing.DriverManagerDataSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact SQL per dialect, without a database. */
class StatementsTest {
    static final Model MODEL = MetalOrm.builder(new DriverManagerDataSource("jdbc:h2:mem:", "sa", ""))
            .entities(User.class, Sample.class).build().model();
    static final TableModel USERS = MODEL.table("users");
    static final TableModel ROLES = MODEL.table("roles");
    static final TableModel PIVOT = MODEL.table("users_roles");
    static final Statements H2 = new Statements(new H2Dialect("2.3.232"));
    static final Statements MYSQL = new Statements(new MySqlDialect("MariaDB 10.11.19"));
    static final Statements PG = new Statements(new PostgresDialect("15.20"));

    static List<ColumnModel> cols(TableModel t, String... names) {
        return t.columns(Arrays.asList(names));
    }

    @Test
    void insertUpdateDelete() {
        List<ColumnModel> c = cols(USERS, "email", "created_at");
        assertThat(PG.insert(USERS, c, Arrays.asList("a@x", null)).sql())
                .isEqualTo("INSERT INTO \"users\" (\"email\", \"created_at\") VALUES (?, ?)");
        assertThat(MYSQL.insert(USERS, c, Arrays.asList("a@x", null)).sql())
                .isEqualTo("INSERT INTO `users` (`email`, `created_at`) VALUES (?, ?)");
        SqlStatement update = H2.update(USERS, cols(USERS, "email"), List.of("b@x"), USERS.primaryKey(), List.of(1));
        assertThat(update.sql()).isEqualTo("UPDATE \"users\" SET \"email\" = ? WHERE \"id\" = ?");
        assertThat(update.values()).containsExactly("b@x", 1);
        assertThat(MYSQL.delete(PIVOT, PIVOT.primaryKey(), List.of(1, 2)).sql())
                .isEqualTo("DELETE FROM `users_roles` WHERE `user_id` = ? AND `role_id` = ?");
    }

    @Test
    void selectWithPagingPerDialect() {
        SqlPredicate where = new SqlPredicate.Compare(USERS.column("email"), "LIKE", "%@x");
        List<OrderTerm> order = List.of(new OrderTerm(USERS.column("id"), true));
        assertThat(PG.select(USERS, where, order, 10, 20).sql()).isEqualTo(
                "SELECT \"id\", \"email\", \"created_at\" FROM \"users\" WHERE \"email\" LIKE ? ORDER BY \"id\" DESC"
                        + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        assertThat(PG.select(USERS, where, order, 10, 20).values()).containsExactly("%@x", 20, 10);
        assertThat(H2.select(USERS, null, List.of(), 5, null).sql())
                .isEqualTo("SELECT \"id\", \"email\", \"created_at\" FROM \"users\" FETCH FIRST ? ROWS ONLY");
        assertThat(MYSQL.select(USERS, where, order, 10, 20).sql()).isEqualTo(
                "SELECT `id`, `email`, `created_at` FROM `users` WHERE `email` LIKE ? ORDER BY `id` DESC LIMIT ? OFFSET ?");
        assertThat(MYSQL.select(USERS, where, order, 10, 20).values()).containsExactly("%@x", 10, 20);
        assertThat(MYSQL.select(USERS, null, List.of(), null, 20).sql())
                .isEqualTo("SELECT `id`, `email`, `created_at` FROM `users` LIMIT 18446744073709551615 OFFSET ?");
        assertThat(PG.count(USERS, new SqlPredicate.Junction(true, List.of())).sql()).isEqualTo("SELECT COUNT(*) FROM \"users\"");
    }

    @Test
    void findByCompositeKey() {
        SqlPredicate where = new SqlPredicate.Junction(true, List.of(
                new SqlPredicate.Compare(PIVOT.column("user_id"), "=", 1), new SqlPredicate.Compare(PIVOT.column("role_id"), "=", 2)));
        assertThat(PG.select(PIVOT, where, List.of(), null, null).sql()).isEqualTo("SELECT \"user_id\", \"role_id\", "
                + "\"assigned_at\" FROM \"users_roles\" WHERE (\"user_id\" = ? AND \"role_id\" = ?)");
    }

    @Test
    void conditions() {
        ColumnModel id = USERS.column("id");
        ColumnModel email = USERS.column("email");
        SqlPredicate p = new SqlPredicate.Junction(false, List.of(
                new SqlPredicate.In(List.of(id), List.of(List.of(1), List.of(2))),
                new SqlPredicate.Junction(true, List.of(new SqlPredicate.IsNull(email, false),
                        new SqlPredicate.Not(new SqlPredicate.IsNull(USERS.column("created_at"), true)))),
                new SqlPredicate.In(List.of(id), List.of())));
        assertThat(PG.count(USERS, p).sql()).isEqualTo("SELECT COUNT(*) FROM \"users\" WHERE (\"id\" IN (?, ?) OR "
                + "(\"email\" IS NULL AND NOT (\"created_at\" IS NOT NULL)) OR 1 = 0)");
    }

    @Test
    void compositeKeysUseRowValueIn() {
        SqlPredicate in = new SqlPredicate.In(PIVOT.primaryKey(), List.of(List.of(1, 2), List.of(3, 4)));
        assertThat(MYSQL.count(PIVOT, in).sql())
                .isEqualTo("SELECT COUNT(*) FROM `users_roles` WHERE (`user_id`, `role_id`) IN ((?, ?), (?, ?))");
        assertThat(MYSQL.count(PIVOT, in).values()).containsExactly(1, 2, 3, 4);
        Statements noRowValues = new Statements(new Dialect() {
            @Override
            public String name() {
                return "ANSI without row values";
            }

            @Override
            public boolean supportsRowValueIn() {
                return false;
            }
        });
        assertThat(noRowValues.count(PIVOT, in).sql()).isEqualTo("SELECT COUNT(*) FROM \"users_roles\" WHERE "
                + "((\"user_id\" = ? AND \"role_id\" = ?) OR (\"user_id\" = ? AND \"role_id\" = ?))");
    }

    @Test
    void jsonPlaceholderPerDialect() {
        TableModel samples = MODEL.table("samples");
        List<ColumnModel> doc = cols(samples, "doc");
        assertThat(H2.insert(samples, doc, List.of("{}")).sql()).isEqualTo("INSERT INTO \"samples\" (\"doc\") VALUES (? FORMAT JSON)");
        assertThat(PG.insert(samples, doc, List.of("{}")).sql()).isEqualTo("INSERT INTO \"samples\" (\"doc\") VALUES (?)");
        assertThat(MYSQL.insert(samples, doc, List.of("{}")).sql()).isEqualTo("INSERT INTO `samples` (`doc`) VALUES (?)");
    }

    @Test
    void identifiersWithQuotesAreEscaped() {
        assertThat(PG.dialect().quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(MYSQL.dialect().quote("we`ird")).isEqualTo("`we``ird`");
    }

    @Test
    void manyToManyThroughThePivot() {
        SqlPredicate in = new SqlPredicate.In(cols(PIVOT, "user_id"), List.of(List.of(1), List.of(2)));
        assertThat(PG.selectThroughPivot(ROLES, PIVOT, cols(PIVOT, "role_id"), ROLES.primaryKey(), PIVOT.columns(), in,
                List.of()).sql()).isEqualTo("SELECT \"t\".\"id\", \"t\".\"name\", \"p\".\"user_id\", \"p\".\"role_id\", "
                + "\"p\".\"assigned_at\" FROM \"roles\" \"t\" JOIN \"users_roles\" \"p\" ON \"p\".\"role_id\" = \"t\".\"id\" "
                + "WHERE \"p\".\"user_id\" IN (?, ?)");
    }

    @Test
    void dialectIsChosenFromJdbcMetadata() {
        assertThat(Dialects.forProduct("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1").name()).isEqualTo("MariaDB 10.11.19");
        assertThat(Dialects.forProduct("MySQL", "8.4.2").name()).isEqualTo("MySQL 8.4.2");
        assertThat(Dialects.forProduct("MariaDB", "10.11.19-MariaDB").name()).isEqualTo("MariaDB 10.11.19");
        assertThat(Dialects.forProduct("PostgreSQL", "15.20 (Debian 15.20-1)").name()).isEqualTo("PostgreSQL 15.20");
        assertThat(Dialects.forProduct("H2", "2.3.232 (2024-08-11)").name()).isEqualTo("H2 2.3.232");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dialects.forProduct("Oracle", "23"))
                .hasMessage("Unsupported database \"Oracle 23\"; MetalORM runs on H2, MySQL/MariaDB and PostgreSQL.");
    }
}
