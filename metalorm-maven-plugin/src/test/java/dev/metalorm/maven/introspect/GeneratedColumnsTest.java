package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.SnapshotDump;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;

/**
 * Columns the database computes or fills in (issue 16 items 5 and 12, issue 11 item 1): each reader says which
 * are computed, which identities refuse a value, which have a default; MariaDB's system-versioned tables are read
 * without their hidden period columns and with keys the application can use. The bulk readers and SchemaCrawler agree.
 */
class GeneratedColumnsTest {

    @AllDatabases(DatabaseKind.MYSQL)
    void mariaDbGeneratedColumnsAndDefaults(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE g ("
                + " id INT AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL DEFAULT 0,"
                + " v INT AS (a * 2) VIRTUAL, p INT AS (a + 1) PERSISTENT, s INT GENERATED ALWAYS AS (a + 3) STORED,"
                + " created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, label VARCHAR(10) NOT NULL DEFAULT 'new', plain INT)");
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : List.of(IntrospectorChoice.SQL, IntrospectorChoice.SCHEMACRAWLER)) {
                TableSnapshot g = read(c, choice, Snapshots.all()).table("g").orElseThrow();
                assertThat(generations(g)).as(choice.name()).containsExactly(
                        "id NONE auto", "a NONE default", "v COMPUTED", "p COMPUTED", "s COMPUTED",
                        "created NONE default", "label NONE default", "plain NONE");
                assertThat(g.column("v").orElseThrow().hasDefault()).isFalse();
                assertThat(g.column("a").orElseThrow().hasDefault()).isTrue();
            }
        }
    }

    /** Sakila's {@code last_update}: the bulk reader sees {@code ON UPDATE CURRENT_TIMESTAMP} (SchemaCrawler cannot). */
    @AllDatabases(DatabaseKind.MYSQL)
    void mariaDbOnUpdateTimestamps(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE u (id INT PRIMARY KEY,"
                + " touched TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
                + " stamped DATETIME(3) ON UPDATE CURRENT_TIMESTAMP(3), created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        try (Connection c = db.connect()) {
            TableSnapshot u = read(c, IntrospectorChoice.SQL, Snapshots.all()).table("u").orElseThrow();
            assertThat(u.columns()).filteredOn(ColumnSnapshot::refreshedOnUpdate).extracting(ColumnSnapshot::name)
                    .containsExactly("touched", "stamped");
        }
    }

    /** Issue 16.12: {@code WITH SYSTEM VERSIONING} used to stop the run with "the catalog changed while it was read". */
    @AllDatabases(DatabaseKind.MYSQL)
    void mariaDbSystemVersionedTables(TestDatabase db) throws Exception {
        db.execute(
                "CREATE TABLE implicit_history (id INT PRIMARY KEY, name VARCHAR(20), code VARCHAR(10),"
                        + " CONSTRAINT uq_implicit_code UNIQUE (code)) WITH SYSTEM VERSIONING",
                "CREATE TABLE hidden_history (id INT PRIMARY KEY, name VARCHAR(20),"
                        + " valid_from TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,"
                        + " valid_to TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,"
                        + " PERIOD FOR SYSTEM_TIME (valid_from, valid_to)) WITH SYSTEM VERSIONING",
                "CREATE TABLE visible_history (id INT PRIMARY KEY, implicit_id INT,"
                        + " valid_from TIMESTAMP(6) GENERATED ALWAYS AS ROW START,"
                        + " valid_to TIMESTAMP(6) GENERATED ALWAYS AS ROW END,"
                        + " PERIOD FOR SYSTEM_TIME (valid_from, valid_to),"
                        + " CONSTRAINT fk_visible_implicit FOREIGN KEY (implicit_id) REFERENCES implicit_history (id))"
                        + " WITH SYSTEM VERSIONING");
        try (Connection c = db.connect()) {
            SchemaSnapshot bulk = read(c, IntrospectorChoice.SQL, Snapshots.all());
            SchemaSnapshot crawled = read(c, IntrospectorChoice.SCHEMACRAWLER, Snapshots.all());
            for (SchemaSnapshot s : List.of(bulk, crawled)) {
                TableSnapshot implicit = s.table("implicit_history").orElseThrow();
                assertThat(implicit.columns()).extracting(ColumnSnapshot::name).containsExactly("id", "name", "code");
                assertThat(implicit.primaryKey().columns()).containsExactly("id");
                assertThat(implicit.uniqueKeys()).singleElement()
                        .satisfies(u -> assertThat(u.columns()).containsExactly("code"));
                TableSnapshot hidden = s.table("hidden_history").orElseThrow();
                assertThat(hidden.columns()).extracting(ColumnSnapshot::name).containsExactly("id", "name");
                assertThat(hidden.primaryKey().columns()).containsExactly("id");
                TableSnapshot visible = s.table("visible_history").orElseThrow();
                assertThat(generations(visible)).containsExactly("id NONE", "implicit_id NONE", "valid_from COMPUTED",
                        "valid_to COMPUTED");
                assertThat(visible.primaryKey().columns()).containsExactly("id");
                assertThat(visible.foreignKeys()).singleElement()
                        .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("implicit_history"));
            }
            assertThat(SnapshotDump.dump(Snapshots.withoutTableComments(crawled)))
                    .isEqualTo(SnapshotDump.dump(Snapshots.withoutTableComments(bulk)));
        }
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresGeneratedAndIdentityColumns(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE g ("
                + " id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " seq_no BIGINT GENERATED ALWAYS AS IDENTITY, counter SERIAL,"
                + " a INT NOT NULL DEFAULT 0, twice INT GENERATED ALWAYS AS (a * 2) STORED,"
                + " created TIMESTAMPTZ NOT NULL DEFAULT now(), label TEXT DEFAULT 'new', plain INT)",
                "CREATE TABLE always_key (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note TEXT)");
        try (Connection c = db.connect()) {
            SchemaSnapshot bulk = read(c, IntrospectorChoice.SQL, Snapshots.all());
            SchemaSnapshot crawled = read(c, IntrospectorChoice.SCHEMACRAWLER, Snapshots.all());
            for (SchemaSnapshot s : List.of(bulk, crawled)) {
                assertThat(generations(s.table("g").orElseThrow())).containsExactly(
                        "id NONE auto", "seq_no IDENTITY_ALWAYS auto", "counter NONE auto", "a NONE default",
                        "twice COMPUTED", "created NONE default", "label NONE default", "plain NONE");
                assertThat(generations(s.table("always_key").orElseThrow())).containsExactly("id IDENTITY_ALWAYS auto", "note NONE");
                assertThat(s.connectionDefault()).isTrue();
            }
            assertThat(SnapshotDump.dump(crawled)).isEqualTo(SnapshotDump.dump(bulk));
        }
    }

    @AllDatabases(DatabaseKind.H2)
    void h2GeneratedAndIdentityColumns(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE g ("
                + " id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " seq_no BIGINT GENERATED ALWAYS AS IDENTITY,"
                + " a INT NOT NULL DEFAULT 0, twice INT GENERATED ALWAYS AS (a * 2),"
                + " created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, plain INT)");
        try (Connection c = db.connect()) {
            SchemaSnapshot s = read(c, IntrospectorChoice.AUTO, Snapshots.all());
            assertThat(generations(s.table("g").orElseThrow())).containsExactly(
                    "id NONE auto", "seq_no IDENTITY_ALWAYS auto", "a NONE default", "twice COMPUTED",
                    "created NONE default", "plain NONE");
        }
    }

    /** "name GENERATION" plus " auto" for auto-increment, or " default" for a column with a default. */
    private static List<String> generations(TableSnapshot t) {
        return t.columns().stream().map(c -> c.name() + " " + c.generation()
                + (c.autoIncrement() ? " auto" : c.defaultValue() != null ? " default" : "")).toList();
    }
}
