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
import java.sql.Types;

/**
 * Many column types and defaults: the bulk reader's own type mapping and default normalisation agree with
 * the drivers' metadata as read by SchemaCrawler, and the bulk reader's result is pinned by a golden dump.
 */
class ColumnTypesTest {

    @AllDatabases(DatabaseKind.MYSQL)
    void mySqlTypes(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE types ("
                + " id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,"
                + " flag TINYINT(1) NOT NULL DEFAULT 0,"
                + " ti TINYINT, si SMALLINT UNSIGNED, mi MEDIUMINT, bi BIGINT UNSIGNED,"
                + " f FLOAT, d DOUBLE, amount DECIMAL(10,2) DEFAULT 1.50, neg INT DEFAULT -1,"
                + " c CHAR(3), v VARCHAR(20) DEFAULT 'it''s', literal_null VARCHAR(10) DEFAULT 'null', no_default VARCHAR(5),"
                + " tt TINYTEXT, tx TEXT, lt LONGTEXT, j JSON,"
                + " bn BINARY(4), vb VARBINARY(8), tb TINYBLOB, bl BLOB,"
                + " created DATETIME DEFAULT CURRENT_TIMESTAMP, ts TIMESTAMP(3) NULL, da DATE DEFAULT '2020-01-01',"
                + " tm TIME, y YEAR,"
                + " e ENUM('a','bb') DEFAULT 'a', st SET('x','y'), bt8 BIT(8),"
                + " twice INT AS (neg * 2) STORED"
                + ") COMMENT 'all the types'");
        try (Connection c = db.connect()) {
            SchemaSnapshot bulk = read(c, IntrospectorChoice.SQL, Snapshots.all());
            SchemaSnapshot crawled = read(c, IntrospectorChoice.SCHEMACRAWLER, Snapshots.all());
            Snapshots.assertGolden("types-mysql", Snapshots.dumpWithoutHeader(bulk));
            assertThat(SnapshotDump.dump(Snapshots.withBitNativeTypes(Snapshots.withoutTableComments(crawled))))
                    .isEqualTo(SnapshotDump.dump(Snapshots.withBitNativeTypes(Snapshots.withoutTableComments(bulk.withoutEnumTypes()))));
            // the bulk reader reads enum labels, SchemaCrawler does not
            assertThat(bulk.table("types").orElseThrow().column("e").orElseThrow().enumType().labels()).containsExactly("a", "bb");
            assertThat(bulk.table("types").orElseThrow().column("st").orElseThrow().enumType()).isNull();
            TableSnapshot t = bulk.table("types").orElseThrow();
            assertThat(t.column("flag").orElseThrow().jdbcType()).isEqualTo(Types.BIT);
            assertThat(t.column("flag").orElseThrow().nativeType()).isEqualTo("tinyint");
            assertThat(t.column("id").orElseThrow().nativeType()).isEqualTo("int unsigned");
            // a string default 'null' is a literal, no default is none
            assertThat(t.column("literal_null").orElseThrow().defaultValue()).isEqualTo("'null'");
            assertThat(t.column("no_default").orElseThrow().defaultValue()).isNull();
        }
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresTypes(TestDatabase db) throws Exception {
        db.execute(
                "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                "CREATE TABLE types ("
                + " id SERIAL PRIMARY KEY, big BIGSERIAL, ident INT GENERATED ALWAYS AS IDENTITY,"
                + " flag BOOLEAN NOT NULL DEFAULT false, si SMALLINT DEFAULT -1, i INT DEFAULT 0, bi BIGINT,"
                + " r REAL, d DOUBLE PRECISION, amount NUMERIC(10,2) DEFAULT 1.50, free_numeric NUMERIC,"
                + " c CHAR(3), v VARCHAR(20) DEFAULT 'x', unbounded VARCHAR, tx TEXT DEFAULT 'it''s', explicit_null VARCHAR(5) DEFAULT NULL,"
                + " ba BYTEA, da DATE DEFAULT '2020-01-01', ts TIMESTAMP DEFAULT now(), tz TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,"
                + " tm TIME, j JSON, jb JSONB, u UUID, m mood DEFAULT 'happy', arr INT[], bt BIT(3), x XML, mo MONEY,"
                + " twice INT GENERATED ALWAYS AS (i * 2) STORED)",
                "ALTER TABLE types DROP COLUMN bi",
                "COMMENT ON TABLE types IS 'all the types'");
        try (Connection c = db.connect()) {
            SchemaSnapshot bulk = read(c, IntrospectorChoice.SQL, Snapshots.all());
            SchemaSnapshot crawled = read(c, IntrospectorChoice.SCHEMACRAWLER, Snapshots.all());
            Snapshots.assertGolden("types-postgres", Snapshots.dumpWithoutHeader(bulk));
            assertThat(SnapshotDump.dump(crawled)).isEqualTo(SnapshotDump.dump(bulk.withoutEnumTypes()));
            assertThat(bulk.table("types").orElseThrow().column("m").orElseThrow().enumType().labels()).containsExactly("happy", "sad");
            TableSnapshot t = bulk.table("types").orElseThrow();
            // ordinals have no gap where a column was dropped
            assertThat(t.columns()).extracting(ColumnSnapshot::ordinal)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, t.columns().size()).boxed().toList());
            assertThat(t.column("id").orElseThrow().nativeType()).isEqualTo("int4");
            assertThat(t.column("ident").orElseThrow().autoIncrement()).isTrue();
            assertThat(t.column("twice").orElseThrow().defaultValue()).isNull();
            assertThat(t.column("si").orElseThrow().defaultValue()).isEqualTo("-1");
        }
    }

    /** A PostgreSQL domain takes its base type's JDBC type in the bulk reader (pgjdbc says DISTINCT). */
    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresDomainsMapToTheirBaseType(TestDatabase db) throws Exception {
        db.execute("CREATE DOMAIN short_code AS VARCHAR(8) CHECK (VALUE <> '')",
                "CREATE TABLE d (id INT PRIMARY KEY, code short_code)");
        try (Connection c = db.connect()) {
            ColumnSnapshot code = read(c, IntrospectorChoice.SQL, Snapshots.all()).table("d").orElseThrow()
                    .column("code").orElseThrow();
            assertThat(code.jdbcType()).isEqualTo(Types.VARCHAR);
            assertThat(code.nativeType()).isEqualTo("short_code");
            assertThat(code.size()).isEqualTo(8);
        }
    }
}
