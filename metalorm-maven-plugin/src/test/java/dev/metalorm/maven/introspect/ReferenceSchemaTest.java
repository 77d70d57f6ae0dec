package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.all;
import static dev.metalorm.maven.introspect.Snapshots.assertGolden;
import static dev.metalorm.maven.introspect.Snapshots.dumpWithoutHeader;
import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.SnapshotDump;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The reference schema read by every reader on every engine. */
class ReferenceSchemaTest {

    /** The reference test: both readers describe the same schema alike. */
    @AllDatabases({DatabaseKind.MYSQL, DatabaseKind.POSTGRES})
    void bulkAndSchemaCrawlerReadersAgree(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            SchemaSnapshot bulk = read(c, IntrospectorChoice.SQL, all());
            SchemaSnapshot crawled = read(c, IntrospectorChoice.SCHEMACRAWLER, all());
            assertThat(c.isClosed()).as("the SchemaCrawler reader leaves the connection open").isFalse();
            if (db.kind() == DatabaseKind.MYSQL) {
                // Connector/J gives no table REMARKS, and calls tinyint(1) "bit": facts the JDBC reader cannot know
                assertThat(bulk.table("users").orElseThrow().comment()).isEqualTo("registered users");
                assertThat(crawled.table("users").orElseThrow().comment()).isEmpty();
                bulk = Snapshots.withBitNativeTypes(Snapshots.withoutTableComments(bulk));
                crawled = Snapshots.withBitNativeTypes(Snapshots.withoutTableComments(crawled));
            }
            assertThat(SnapshotDump.dump(crawled)).isEqualTo(SnapshotDump.dump(bulk));
            assertThat(crawled).isEqualTo(bulk);
        }
    }

    @AllDatabases
    void readsTheReferenceSchema(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            SchemaSnapshot s = read(c, IntrospectorChoice.AUTO, all());
            assertGolden("reference-" + db.kind().propertyKey(), dumpWithoutHeader(s));
            assertThat(SnapshotDump.dump(read(c, IntrospectorChoice.AUTO, all())))
                    .as("a second read is identical").isEqualTo(SnapshotDump.dump(s));
        }
    }

    @AllDatabases
    void sameDdlGivesTheSameStructureOnEveryEngine(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            SchemaSnapshot s = read(c, IntrospectorChoice.AUTO, all());
            assertGolden("reference-structure", SnapshotDump.dump(Snapshots.structure(s)));
        }
    }

    @AllDatabases
    void keysColumnsAndComments(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                SchemaSnapshot s = read(c, choice, all());
                assertThat(s.tables()).extracting(TableSnapshot::name).containsExactly(
                        "grant_notes", "post_titles", "posts", "profiles", "roles", "users", "users_roles");

                TableSnapshot users = s.table("users").orElseThrow();
                ColumnSnapshot id = users.column("id").orElseThrow();
                assertThat(id.autoIncrement()).isTrue();
                assertThat(id.defaultValue()).isNull();
                assertThat(id.jdbcType()).isEqualTo(Types.BIGINT);
                assertThat(users.column("email").orElseThrow().comment()).isEqualTo("login, unique");
                assertThat(users.column("email").orElseThrow().nullable()).isFalse();
                assertThat(users.column("email").orElseThrow().size()).isEqualTo(200);
                assertThat(users.column("display_name").orElseThrow().defaultValue()).isEqualTo("'anonymous'");
                assertThat(users.column("display_name").orElseThrow().nullable()).isTrue();
                assertThat(users.column("karma").orElseThrow().defaultValue()).isEqualTo("0");
                ColumnSnapshot balance = users.column("balance").orElseThrow();
                assertThat(List.of(balance.size(), balance.scale())).containsExactly(12, 2);
                assertThat(balance.defaultValue()).isEqualTo("0.00");
                assertThat(users.column("born").orElseThrow().defaultValue()).isNull();
                assertThat(users.primaryKey().columns()).containsExactly("id");
                assertThat(users.foreignKeys()).containsExactly(new ForeignKeySnapshot("fk_users_invited_by",
                        List.of("invited_by"), "users", List.of("id"), users.foreignKeys().get(0).onUpdate(),
                        ReferentialAction.SET_NULL));
                boolean mysql = db.kind() == DatabaseKind.MYSQL;
                assertThat(users.uniqueKeys()).containsExactly(
                        new UniqueKeySnapshot("uq_users_email", List.of("email"), false),
                        new UniqueKeySnapshot("ux_users_display_name", List.of("display_name"), !mysql));
                if (!(mysql && choice == IntrospectorChoice.SCHEMACRAWLER)) {
                    assertThat(users.comment()).isEqualTo("registered users");
                }

                TableSnapshot posts = s.table("posts").orElseThrow();
                assertThat(posts.column("id").orElseThrow().autoIncrement()).isTrue();
                assertThat(posts.column("title").orElseThrow().comment()).isEqualTo("headline");
                assertThat(posts.column("status").orElseThrow().defaultValue()).isEqualTo("'draft'");
                assertThat(posts.foreignKeys()).extracting(ForeignKeySnapshot::name, ForeignKeySnapshot::columns,
                        ForeignKeySnapshot::referencedTable, ForeignKeySnapshot::onDelete).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fk_posts_author", List.of("author_id"), "users", ReferentialAction.CASCADE),
                        org.assertj.core.groups.Tuple.tuple("fk_posts_editor", List.of("editor_id"), "users", ReferentialAction.SET_NULL));
                assertThat(posts.foreignKeys().get(1).onUpdate()).isEqualTo(ReferentialAction.CASCADE);

                TableSnapshot usersRoles = s.table("users_roles").orElseThrow();
                assertThat(usersRoles.primaryKey().columns()).containsExactly("user_id", "role_id");
                assertThat(usersRoles.foreignKeys()).extracting(ForeignKeySnapshot::name)
                        .containsExactly("fk_users_roles_role", "fk_users_roles_user");
                assertThat(usersRoles.foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.RESTRICT);

                ForeignKeySnapshot composite = s.table("grant_notes").orElseThrow().foreignKeys().get(0);
                assertThat(composite.columns()).containsExactly("grant_user", "grant_role");
                assertThat(composite.referencedColumns()).containsExactly("user_id", "role_id");
                assertThat(composite.onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
                assertThat(composite.onDelete()).isEqualTo(ReferentialAction.CASCADE);

                TableSnapshot profiles = s.table("profiles").orElseThrow();
                assertThat(profiles.primaryKey().columns()).containsExactly("user_id");
                assertThat(profiles.foreignKeys().get(0).columns()).containsExactly("user_id");

                TableSnapshot view = s.table("post_titles").orElseThrow();
                assertThat(view.kind()).isEqualTo(TableKind.VIEW);
                assertThat(view.columns()).extracting(ColumnSnapshot::name).containsExactly("id", "title");
                assertThat(view.primaryKey()).isNull();
                assertThat(view.foreignKeys()).isEmpty();
                assertThat(view.uniqueKeys()).isEmpty();
            }
        }
    }

    /** H2 without DATABASE_TO_LOWER keeps its upper-case names; they are reported as the database spells them. */
    @AllDatabases(DatabaseKind.H2)
    void upperCaseH2NamesAreKeptAndMatchTheLowerCaseDatabase(TestDatabase lower) throws Exception {
        ReferenceSchema.create(lower);
        String url = "jdbc:h2:mem:upper_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection upper = DriverManager.getConnection(url, "sa", "");
             Connection c = lower.connect()) {
            try (Statement st = upper.createStatement()) {
                for (String sql : ReferenceSchema.ddl(DatabaseKind.H2)) {
                    st.execute(sql);
                }
            }
            SchemaSnapshot s = read(upper, IntrospectorChoice.AUTO, new IntrospectionRequest("public", List.of(), List.of(), true));
            assertThat(s.schema()).isEqualTo("PUBLIC");
            assertThat(s.tables()).extracting(TableSnapshot::name).contains("USERS", "USERS_ROLES");
            assertThat(s.table("USERS").orElseThrow().uniqueKeys()).extracting(UniqueKeySnapshot::name)
                    .containsExactly("UQ_USERS_EMAIL", "UX_USERS_DISPLAY_NAME");
            assertThat(SnapshotDump.dump(Snapshots.structure(s)))
                    .isEqualTo(SnapshotDump.dump(Snapshots.structure(read(c, IntrospectorChoice.AUTO, all()))));
            try (Statement st = upper.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }

    @AllDatabases(DatabaseKind.H2)
    void schemaCrawlerLoggingIsSilencedAndRestored(TestDatabase db) throws Exception {
        ReferenceSchema.create(db);
        Logger logger = Logger.getLogger("schemacrawler");
        logger.setLevel(Level.FINE);
        try (Connection c = db.connect()) {
            read(c, IntrospectorChoice.SCHEMACRAWLER, all());
            assertThat(logger.getLevel()).isEqualTo(Level.FINE);
            assertThat(Logger.getLogger("us.fatehi").getLevel()).isNull();
        } finally {
            logger.setLevel(null);
        }
    }

    private static List<IntrospectorChoice> choices(TestDatabase db) {
        return db.kind() == DatabaseKind.H2 ? List.of(IntrospectorChoice.AUTO)
                : List.of(IntrospectorChoice.SQL, IntrospectorChoice.SCHEMACRAWLER);
    }
}
