package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.EnumSnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** Enum labels from the catalog, in the database's order, with the quoting of MySQL's COLUMN_TYPE undone. */
class EnumIntrospectionTest {

    @AllDatabases(DatabaseKind.MYSQL)
    void mySqlEnumColumnsCarryTheirLabelsAndSetColumnsDoNot(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id INT PRIMARY KEY,"
                + " status ENUM('new','in progress','it''s','back\\\\slash','','x,y','zz','a') NOT NULL,"
                + " tags SET('a','b'))");
        db.execute("INSERT INTO orders (id, status) VALUES (1, 'back\\\\slash')");
        try (Connection c = db.connect()) {
            SchemaSnapshot s = read(c, IntrospectorChoice.SQL, Snapshots.all());
            var orders = s.table("orders").orElseThrow();
            assertThat(orders.column("status").orElseThrow().enumType()).isEqualTo(
                    EnumSnapshot.ofColumn(List.of("new", "in progress", "it's", "back\\slash", "", "x,y", "zz", "a")));
            assertThat(orders.column("tags").orElseThrow().enumType()).isNull();
            assertThat(orders.column("id").orElseThrow().enumType()).isNull();
            // the label parsed from COLUMN_TYPE is the value the server stores
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT status FROM orders")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("back\\slash");
            }
        }
    }

    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresEnumTypesInSortOrderSharedAcrossTablesAndSchemas(TestDatabase db) throws Exception {
        db.execute("DROP SCHEMA IF EXISTS enum_elsewhere CASCADE", "CREATE SCHEMA enum_elsewhere",
                "CREATE TYPE order_status AS ENUM ('new', 'paid')",
                // a value added BEFORE another one: catalog order is enumsortorder, not oid order
                "ALTER TYPE order_status ADD VALUE 'in progress' BEFORE 'paid'",
                "CREATE TYPE enum_elsewhere.priority AS ENUM ('low', 'high')",
                "CREATE TABLE orders (id INT PRIMARY KEY, status order_status NOT NULL, prio enum_elsewhere.priority,"
                        + " history order_status[])",
                "CREATE TABLE returns (id INT PRIMARY KEY, state order_status)");
        try {
            try (Connection c = db.connect()) {
                SchemaSnapshot s = read(c, IntrospectorChoice.SQL, Snapshots.all());
                EnumSnapshot status = new EnumSnapshot(s.schema(), "order_status", List.of("new", "in progress", "paid"));
                assertThat(s.table("orders").orElseThrow().column("status").orElseThrow().enumType()).isEqualTo(status);
                assertThat(s.table("returns").orElseThrow().column("state").orElseThrow().enumType()).isEqualTo(status);
                assertThat(s.table("orders").orElseThrow().column("prio").orElseThrow().enumType())
                        .isEqualTo(new EnumSnapshot("enum_elsewhere", "priority", List.of("low", "high")));
                // arrays of an enum stay as they were
                assertThat(s.table("orders").orElseThrow().column("history").orElseThrow().enumType()).isNull();
            }
        } finally {
            db.execute("DROP TABLE IF EXISTS orders", "DROP SCHEMA IF EXISTS enum_elsewhere CASCADE");
        }
    }
}
