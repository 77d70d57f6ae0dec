package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.FilterTest.choices;
import static dev.metalorm.maven.introspect.FilterTest.names;
import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.snapshot.ForeignKeyElsewhere;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/** Which schema is read: the current one, a named one, an unknown one, an empty one. */
class SchemaSelectionTest {

    @AllDatabases
    void noSchemaMeansTheConnectionsCurrentOne(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t1 (id INT PRIMARY KEY)");
        String expected = switch (db.kind()) {
            case H2, POSTGRES -> "public";
            case MYSQL -> db.name();
        };
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                SchemaSnapshot s = read(c, choice, Snapshots.all());
                assertThat(s.schema()).as(choice.name()).isEqualTo(expected);
                assertThat(names(s)).containsExactly("t1");
                assertThat(s.product()).isEqualTo(switch (db.kind()) {
                    case H2 -> "H2";
                    case MYSQL -> "MariaDB";
                    case POSTGRES -> "PostgreSQL";
                });
                assertThat(s.productVersion()).matches("\\d+(\\.\\d+)+");
            }
        }
    }

    @AllDatabases
    void anUnknownSchemaIsOneActionableLine(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t1 (id INT PRIMARY KEY)");
        String term = db.kind() == DatabaseKind.MYSQL ? "database" : "schema";
        String listed = db.kind() == DatabaseKind.MYSQL ? db.name() : "public";
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                assertThatThrownBy(() -> read(c, choice, new IntrospectionRequest("no_such_schema", List.of(), List.of(), false)))
                        .isInstanceOf(IntrospectionException.class)
                        .hasMessageStartingWith("Unknown " + term + " \"no_such_schema\" on ")
                        .hasMessageContaining("available " + term + "s: ")
                        .hasMessageContaining(listed)
                        .hasMessageEndingWith(". Check metalorm.schema.")
                        .hasMessageNotContaining("\n")
                        .hasMessageNotContaining("information_schema")
                        .hasMessageNotContaining("pg_catalog");
            }
        }
        if (db.kind() == DatabaseKind.POSTGRES) {
            try (Connection c = db.connect()) {
                assertThatThrownBy(() -> read(c, IntrospectorChoice.SQL, new IntrospectionRequest("nope", List.of(), List.of(), false)))
                        .hasMessage("Unknown schema \"nope\" on PostgreSQL; available schemas: public. Check metalorm.schema.");
            }
        }
    }

    @AllDatabases
    void anEmptySchemaIsNoError(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : choices(db)) {
                assertThat(read(c, choice, Snapshots.all()).tables()).as(choice.name()).isEmpty();
            }
        }
    }

    /** A named schema other than public; its key to a table in public is left out, with one warning. */
    @AllDatabases({DatabaseKind.POSTGRES, DatabaseKind.H2})
    void aNonPublicSchema(TestDatabase db) throws Exception {
        db.execute(
                "CREATE TABLE accounts (id INT PRIMARY KEY)",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.customers (id INT PRIMARY KEY, account_id INT NOT NULL,"
                        + " CONSTRAINT fk_customers_account FOREIGN KEY (account_id) REFERENCES public.accounts (id))",
                "CREATE TABLE sales.orders (id INT PRIMARY KEY, customer_id INT NOT NULL,"
                        + " CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES sales.customers (id))",
                "CREATE TABLE public.orders (id INT PRIMARY KEY, note VARCHAR(10))");
        try (Connection c = db.connect()) {
            List<IntrospectorChoice> choices = db.kind() == DatabaseKind.H2 ? List.of(IntrospectorChoice.AUTO)
                    : List.of(IntrospectorChoice.SQL, IntrospectorChoice.SCHEMACRAWLER);
            for (IntrospectorChoice choice : choices) {
                SchemaSnapshot s = read(c, choice, new IntrospectionRequest("sales", List.of(), List.of(), false));
                assertThat(s.schema()).isEqualTo("sales");
                assertThat(names(s)).as(choice.name()).containsExactly("customers", "orders");
                assertThat(s.table("customers").orElseThrow().foreignKeys()).as(choice.name()).isEmpty();
                assertThat(s.table("orders").orElseThrow().foreignKeys()).extracting(ForeignKeySnapshot::name)
                        .containsExactly("fk_orders_customer");
                assertThat(s.table("orders").orElseThrow().columns()).hasSize(2);
                // issue 16 item 14: left out, but kept to be warned about
                assertThat(s.foreignKeysElsewhere()).as(choice.name()).extracting(ForeignKeyElsewhere::describe, ForeignKeyElsewhere::name)
                        .containsExactly(tuple("customers.account_id -> public.accounts", "fk_customers_account"));
                assertThat(RelationInferrer.infer(s, Overrides.NONE).diagnostics()).as(choice.name())
                        .contains(Diagnostic.warning("foreign key customers.fk_customers_account", "customers.account_id -> public.accounts"
                                + " refers to a table in another schema than sales: no relation is generated and (account_id) stay"
                                + " plain fields. A run reads one schema; reverse public too to get its entities."));
            }
        }
    }

    /**
     * Issue 16 item 14: PostgreSQL keeps a copy of a key to a partitioned table for each of its partitions; the
     * snapshot has the key once, to the partitioned table, and the run warns about nothing.
     */
    @AllDatabases(DatabaseKind.POSTGRES)
    void aForeignKeyToAPartitionedTableIsOneKey(TestDatabase db) throws Exception {
        db.execute(
                "CREATE TABLE customers (id INT, region INT, PRIMARY KEY (id, region)) PARTITION BY LIST (region)",
                "CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN (1)",
                "CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN (2)",
                "CREATE TABLE customers_asia PARTITION OF customers FOR VALUES IN (3)",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, customer_region INT,"
                        + " CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id, customer_region) REFERENCES customers (id, region))");
        try (Connection c = db.connect()) {
            // the bulk reader, which auto picks for PostgreSQL (SchemaCrawler, on request, lists partitions as tables)
            for (IntrospectorChoice choice : List.of(IntrospectorChoice.AUTO, IntrospectorChoice.SQL)) {
                SchemaSnapshot s = read(c, choice, Snapshots.all());
                assertThat(names(s)).as(choice.name()).containsExactly("customers", "orders");
                assertThat(s.table("orders").orElseThrow().foreignKeys()).as(choice.name())
                        .extracting(ForeignKeySnapshot::name, ForeignKeySnapshot::referencedTable)
                        .containsExactly(tuple("fk_orders_customer", "customers"));
                assertThat(s.foreignKeysElsewhere()).as(choice.name()).isEmpty();
                assertThat(RelationInferrer.infer(s, Overrides.NONE).diagnostics()).as(choice.name())
                        .noneMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
            }
        }
    }

    /**
     * Pagila's payment: foreign keys declared on partitions only, not on their partitioned table, are the partitioned
     * table's (once per columns and referenced key, named as the first partition's), so the relation is generated
     * and the runtime's flush order knows it.
     */
    @AllDatabases(DatabaseKind.POSTGRES)
    void foreignKeysDeclaredOnPartitionsOnlyAreThePartitionedTables(TestDatabase db) throws Exception {
        db.execute(
                "CREATE TABLE rentals (id INT PRIMARY KEY)",
                "CREATE TABLE staff (id INT PRIMARY KEY)",
                "CREATE TABLE payments (id INT, paid DATE NOT NULL, rental_id INT NOT NULL, staff_id INT,"
                        + " PRIMARY KEY (id, paid)) PARTITION BY RANGE (paid)",
                "CREATE TABLE payments_2022 PARTITION OF payments FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
                "CREATE TABLE payments_2023 PARTITION OF payments FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')",
                "ALTER TABLE payments_2022 ADD CONSTRAINT payments_2022_rental_fkey FOREIGN KEY (rental_id) REFERENCES rentals (id)",
                "ALTER TABLE payments_2023 ADD CONSTRAINT payments_2023_rental_fkey FOREIGN KEY (rental_id) REFERENCES rentals (id)",
                // on the partitioned table itself: its partitions' copies are not read again
                "ALTER TABLE payments ADD CONSTRAINT payments_staff_fkey FOREIGN KEY (staff_id) REFERENCES staff (id)");
        try (Connection c = db.connect()) {
            SchemaSnapshot s = read(c, IntrospectorChoice.SQL, Snapshots.all());
            assertThat(names(s)).containsExactly("payments", "rentals", "staff");
            assertThat(s.table("payments").orElseThrow().foreignKeys())
                    .extracting(ForeignKeySnapshot::name, ForeignKeySnapshot::columns, ForeignKeySnapshot::referencedTable)
                    .containsExactlyInAnyOrder(tuple("payments_2022_rental_fkey", List.of("rental_id"), "rentals"),
                            tuple("payments_staff_fkey", List.of("staff_id"), "staff"));
        }
    }

    /** MySQL: a key to a table of another database gives no relation and one warning. */
    @AllDatabases(DatabaseKind.MYSQL)
    void aForeignKeyToAnotherDatabaseIsLeftOut(TestDatabase db) throws Exception {
        String other = db.name() + "_other";
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + other + "`");
            try {
                st.execute("CREATE TABLE `" + other + "`.accounts (id INT PRIMARY KEY)");
                st.execute("CREATE TABLE customers (id INT PRIMARY KEY, account_id INT NOT NULL,"
                        + " CONSTRAINT fk_customers_account FOREIGN KEY (account_id) REFERENCES `" + other + "`.accounts (id))");
                for (IntrospectorChoice choice : choices(db)) {
                    SchemaSnapshot s = read(c, choice, Snapshots.all());
                    assertThat(s.table("customers").orElseThrow().foreignKeys()).as(choice.name()).isEmpty();
                    assertThat(s.foreignKeysElsewhere()).as(choice.name()).extracting(ForeignKeyElsewhere::describe)
                            .containsExactly("customers.account_id -> " + other + ".accounts");
                    assertThat(RelationInferrer.infer(s, Overrides.NONE).diagnostics()).as(choice.name())
                            .filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING)
                            .containsExactly(Diagnostic.warning("foreign key customers.fk_customers_account", "customers.account_id -> "
                                    + other + ".accounts refers to a table in another database than " + db.name() + ": no relation is"
                                    + " generated and (account_id) stay plain fields. A run reads one database; reverse " + other
                                    + " too to get its entities."));
                    SchemaSnapshot o = read(c, choice, new IntrospectionRequest(other, List.of(), List.of(), false));
                    assertThat(o.schema()).isEqualTo(other);
                    assertThat(names(o)).containsExactly("accounts");
                }
            } finally {
                st.execute("DROP TABLE IF EXISTS customers");
                st.execute("DROP DATABASE `" + other + "`");
            }
        }
    }
}
