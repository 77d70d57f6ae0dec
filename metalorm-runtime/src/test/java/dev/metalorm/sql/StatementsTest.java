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
    static final Model MODEL = MetalOrm.builder(new DriverManagerDataSource("jdbc:h2:mem:", "sa", "")).checkSchema(false)
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
        RelationHop roles = RelationHop.of(MODEL, USERS, USERS.relation("roles"));
        assertThat(PG.selectThroughPivot(roles, in, null, List.of(), null).sql()).isEqualTo("SELECT \"t\".\"id\", \"t\".\"name\", \"p\".\"user_id\", \"p\".\"role_id\", "
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

    static final Model PRESS = MetalOrm.builder(new DriverManagerDataSource("jdbc:h2:mem:", "sa", "")).checkSchema(false)
            .entities(dev.metalorm.example.press.Author.class).build().model();
    static final TableModel AUTHORS = PRESS.table("authors");
    static final TableModel ARTICLES = PRESS.table("articles");

    static RelationHop hop(TableModel owner, String relation) {
        return RelationHop.of(PRESS, owner, owner.relation(relation));
    }

    @Test
    void relatedRowsAreCorrelatedExistsSubqueries() {
        SqlPredicate published = new SqlPredicate.Compare(ARTICLES.column("published"), "=", true);
        SqlPredicate hasPublished = new SqlPredicate.Exists(hop(AUTHORS, "articles"), published);
        assertThat(PG.count(AUTHORS, hasPublished).sql()).isEqualTo("SELECT COUNT(*) FROM \"authors\" WHERE EXISTS (SELECT 1 FROM "
                + "\"articles\" \"m1\" WHERE \"m1\".\"author_id\" = \"authors\".\"id\" AND \"m1\".\"published\" = ?)");
        // belongsToMany through its pivot, nested in a hasMany, negated
        SqlPredicate tagged = new SqlPredicate.Exists(hop(ARTICLES, "tags"),
                new SqlPredicate.Compare(PRESS.table("tags").column("label"), "=", "math"));
        SqlPredicate none = new SqlPredicate.Not(new SqlPredicate.Exists(hop(AUTHORS, "articles"), tagged));
        SqlStatement select = MYSQL.select(AUTHORS, none, List.of(), null, null);
        assertThat(select.sql()).isEqualTo("SELECT `id`, `name`, `email`, `active`, `joined_on`, `karma`, `mentor_id` FROM `authors` "
                + "WHERE NOT (EXISTS (SELECT 1 FROM `articles` `m1` WHERE `m1`.`author_id` = `authors`.`id` AND EXISTS (SELECT 1 "
                + "FROM `article_tags` `m3` JOIN `tags` `m2` ON `m2`.`id` = `m3`.`tag_id` WHERE `m3`.`article_id` = `m1`.`id` "
                + "AND `m2`.`label` = ?)))");
        assertThat(select.values()).containsExactly("math");
    }

    @Test
    void aFilteredIncludeWithALimitRanksRowsPerOwner() {
        SqlPredicate owners = new SqlPredicate.In(cols(ARTICLES, "author_id"), List.of(List.of(1), List.of(2)));
        SqlPredicate published = new SqlPredicate.Compare(ARTICLES.column("published"), "=", true);
        List<OrderTerm> order = List.of(new OrderTerm(ARTICLES.column("views"), true), new OrderTerm(ARTICLES.column("id"), false));
        SqlStatement ranked = PG.selectChildren(ARTICLES, cols(ARTICLES, "author_id"), owners, published, order, 5);
        assertThat(ranked.sql()).isEqualTo("SELECT \"mo_c1\", \"mo_c2\", \"mo_c3\", \"mo_c4\", \"mo_c5\", \"mo_c6\", "
                + "\"mo_c7\", \"mo_c8\" FROM (SELECT \"id\" AS \"mo_c1\", \"author_id\" AS \"mo_c2\", \"title\" AS "
                + "\"mo_c3\", \"published\" AS \"mo_c4\", \"views\" AS \"mo_c5\", \"rating\" AS \"mo_c6\", \"created_at\" AS "
                + "\"mo_c7\", \"editor_id\" AS \"mo_c8\", ROW_NUMBER() OVER (PARTITION BY \"author_id\" ORDER BY \"views\" "
                + "DESC, \"id\") AS \"mo_rn\" FROM \"articles\" WHERE (\"author_id\" IN (?, ?) AND \"published\" = ?)) "
                + "\"mo_ranked\" WHERE \"mo_rn\" <= ? ORDER BY \"mo_c2\", \"mo_rn\"");
        assertThat(ranked.values()).containsExactly(1, 2, true, 5);
        assertThat(PG.selectChildren(ARTICLES, cols(ARTICLES, "author_id"), owners, published, order, null).sql())
                .isEqualTo("SELECT \"id\", \"author_id\", \"title\", \"published\", \"views\", \"rating\", \"created_at\", "
                        + "\"editor_id\" FROM \"articles\" WHERE (\"author_id\" IN (?, ?) AND \"published\" = ?) "
                        + "ORDER BY \"views\" DESC, \"id\"");
        SqlPredicate articles = new SqlPredicate.In(cols(PRESS.table("article_tags"), "article_id"), List.of(List.of(1)));
        assertThat(MYSQL.selectThroughPivot(hop(ARTICLES, "tags"), articles, null,
                List.of(new OrderTerm(PRESS.table("tags").column("label"), true)), 1).sql())
                .isEqualTo("SELECT `mo_c1`, `mo_c2`, `mo_c3`, `mo_c4`, `mo_c5` FROM (SELECT `t`.`id` AS `mo_c1`, `t`.`label` AS "
                        + "`mo_c2`, `p`.`article_id` AS `mo_c3`, `p`.`tag_id` AS `mo_c4`, `p`.`tagged_at` AS `mo_c5`, ROW_NUMBER() "
                        + "OVER (PARTITION BY `p`.`article_id` ORDER BY `t`.`label` DESC) AS `mo_rn` FROM `tags` `t` JOIN "
                        + "`article_tags` `p` ON `p`.`tag_id` = `t`.`id` WHERE `p`.`article_id` IN (?)) `mo_ranked` WHERE "
                        + "`mo_rn` <= ? ORDER BY `mo_c3`, `mo_rn`");
        Statements mysql57 = new Statements(new MySqlDialect("MySQL 5.7.44"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mysql57.selectChildren(ARTICLES, cols(ARTICLES, "author_id"),
                        owners, null, order, 5))
                .hasMessage("A per-owner limit in an include filter needs window functions (ROW_NUMBER() OVER), which MySQL "
                        + "5.7.44 lacks (MySQL has them from 8.0, MariaDB from 10.2). Drop limit() from the include filter, or "
                        + "upgrade the server.");
        assertThat(new MySqlDialect("MariaDB 10.1.48").supportsWindowFunctions()).isFalse();
        assertThat(new MySqlDialect("MariaDB 10.2.0").supportsWindowFunctions()).isTrue();
        assertThat(new MySqlDialect("MySQL 8.0.36").supportsWindowFunctions()).isTrue();
    }

    @Test
    void setBasedWritesAndUpsertsPerDialect() {
        TableModel tags = PRESS.table("tags");
        SqlPredicate noComments = new SqlPredicate.Not(new SqlPredicate.Exists(hop(ARTICLES, "comments"), null));
        SqlStatement update = MYSQL.updateWhere(ARTICLES, cols(ARTICLES, "published"), List.of(false), null, noComments);
        assertThat(update.sql()).isEqualTo("UPDATE `articles` SET `published` = ? WHERE NOT (EXISTS (SELECT 1 FROM `comments` `m1` "
                + "WHERE `m1`.`article_id` = `articles`.`id`))");
        assertThat(PG.deleteWhere(ARTICLES, noComments).sql()).isEqualTo("DELETE FROM \"articles\" WHERE NOT (EXISTS (SELECT 1 "
                + "FROM \"comments\" \"m1\" WHERE \"m1\".\"article_id\" = \"articles\".\"id\"))");
        List<ColumnModel> both = cols(tags, "id", "label");
        List<ColumnModel> id = cols(tags, "id");
        List<ColumnModel> label = cols(tags, "label");
        assertThat(PG.upsert(tags, both, List.of(1, "math"), id, label).sql()).isEqualTo("INSERT INTO \"tags\" (\"id\", \"label\") "
                + "VALUES (?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"label\" = EXCLUDED.\"label\"");
        assertThat(MYSQL.upsert(tags, both, List.of(1, "math"), id, label).sql()).isEqualTo("INSERT INTO `tags` (`id`, `label`) "
                + "VALUES (?, ?) ON DUPLICATE KEY UPDATE `label` = VALUES(`label`)");
        SqlStatement merge = H2.upsert(tags, both, List.of(1, "math"), id, label);
        assertThat(merge.sql()).isEqualTo("MERGE INTO \"tags\" \"t\" USING (VALUES (?, ?)) \"s\" (\"id\", \"label\") ON "
                + "\"t\".\"id\" = \"s\".\"id\" WHEN MATCHED THEN UPDATE SET \"label\" = \"s\".\"label\" WHEN NOT MATCHED THEN "
                + "INSERT (\"id\", \"label\") VALUES (\"s\".\"id\", \"s\".\"label\")");
        assertThat(merge.values()).containsExactly(1, "math");
    }

    @Test
    void projectionsGroupsAndCountsPerDialect() {
        SqlExpr.Column author = new SqlExpr.Column(List.of(hop(ARTICLES, "author")), AUTHORS.column("name"));
        SqlExpr.Aggregate views = new SqlExpr.Aggregate("SUM", SqlExpr.Column.of(ARTICLES.column("views")), false);
        SelectSpec grouped = new SelectSpec(ARTICLES, List.of(author, new SqlExpr.Aggregate("COUNT", null, false), views), null,
                List.of(author), new SqlPredicate.AggregateCompare(views, ">", 10L, dev.metalorm.metadata.ColumnType.BIGINT),
                List.of(new OrderTerm(author, false)), null, null);
        assertThat(PG.select(grouped).sql()).isEqualTo("SELECT \"m1\".\"name\", COUNT(*), SUM(\"articles\".\"views\") FROM "
                + "\"articles\" LEFT JOIN \"authors\" \"m1\" ON \"m1\".\"id\" = \"articles\".\"author_id\" GROUP BY "
                + "\"m1\".\"name\" HAVING SUM(\"articles\".\"views\") > ? ORDER BY \"m1\".\"name\"");
        assertThat(MYSQL.count(grouped).sql()).isEqualTo("SELECT COUNT(*) FROM (SELECT 1 AS `mo_one` FROM `articles` LEFT JOIN "
                + "`authors` `m1` ON `m1`.`id` = `articles`.`author_id` GROUP BY `m1`.`name` HAVING SUM(`articles`.`views`) > ?) "
                + "`mo_groups`");
        SelectSpec counted = new SelectSpec(AUTHORS, List.of(SqlExpr.Column.of(AUTHORS.column("name")),
                new SqlExpr.RelationCount(hop(AUTHORS, "articles"), null)), null, List.of(), null, List.of(), null, null);
        assertThat(H2.select(counted).sql()).isEqualTo("SELECT \"name\", (SELECT COUNT(*) FROM \"articles\" \"m1\" WHERE "
                + "\"m1\".\"author_id\" = \"authors\".\"id\") FROM \"authors\"");
        SqlPredicate many = new SqlPredicate.In(cols(AUTHORS, "id"), java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> List.<Object>of(i)).toList());
        assertThat(PG.select(AUTHORS, many, List.of(), null, null).sql()).endsWith("WHERE \"id\" = ANY(?)");
        assertThat(PG.select(AUTHORS, many, List.of(), null, null).params()).singleElement()
                .satisfies(p -> assertThat(p.array()).isTrue());
        assertThat(MYSQL.select(AUTHORS, many, List.of(), null, null).params()).hasSize(1001);
    }
}
