package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.query.Where;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

/**
 * Tables of another schema (another database on MySQL/MariaDB) beside a same-named table of the
 * current one: every statement goes to the schema the table declares, never to the current one.
 */
class SchemaQualificationTest {

    @AllDatabases
    void rowsOfAnotherSchemaGoThereAndOnlyThere(TestDatabase db) {
        String other = otherSchema(db);
        try {
            db.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50))",
                    "INSERT INTO customers (id, name) VALUES (1, 'current schema')",
                    "CREATE TABLE " + q(db, other) + ".customers (id " + autoIncrement(db) + " PRIMARY KEY, name VARCHAR(50))",
                    "CREATE TABLE " + q(db, other) + ".orders (id " + autoIncrement(db) + " PRIMARY KEY, customer_id INT NOT NULL, "
                            + "FOREIGN KEY (customer_id) REFERENCES " + q(db, other) + ".customers (id))");
            TableDefinition[] tables = new TableDefinition[2];
            tables[0] = defineTable("customers", serial("id").primaryKey(), varchar("name"),
                    hasMany("orders", () -> tables[1], "customer_id")).inSchema(other);
            tables[1] = defineTable("orders", serial("id").primaryKey(), integer("customer_id").notNull(),
                    belongsTo("customer", () -> tables[0], "customer_id")).inSchema(other);
            MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(tables).build();

            Object id;
            try (Session s = orm.openSession()) {
                Row ada = tables[0].newRow().set("name", "Ada");
                s.persist(ada);
                Row order = tables[1].newRow();
                s.persist(order);
                order.belongsTo("customer").set(ada);
                s.commit();
                id = ada.get("id");
            }
            try (Session s = orm.openSession()) {
                Row ada = s.find(tables[0], id);
                assertThat(ada.get("name")).isEqualTo("Ada");
                assertThat(ada.hasMany("orders").load()).hasSize(1);
                assertThat(s.from(tables[0]).where(Where.eq("name", "Ada")).count()).isEqualTo(1);
                ada.set("name", "Ada L.");
                s.commit();
            }
            assertThat(Dump.tables(db, q(db, other) + ".customers:id")).containsExactly(q(db, other) + ".customers(id=" + id + ", name=Ada L.)");
            assertThat(Dump.tables(db, "customers:id")).containsExactly("customers(id=1, name=current schema)");
            try (Session s = orm.openSession()) {
                Row ada = s.find(tables[0], id);
                for (Object order : ada.hasMany("orders").load()) {
                    s.remove(order);
                }
                s.remove(ada);
                s.commit();
            }
            assertThat(Dump.count(db, q(db, other) + ".customers")).isZero();
            assertThat(Dump.count(db, "customers")).isEqualTo(1);
        } finally {
            dropOtherSchema(db, other);
        }
    }

    @Entity(value = "customers", schema = "sales")
    static class Customer {
        @Id(generated = true) Integer id;
        @Column(name = "name") String name;
    }

    /** The annotation form, where the schema is a constant: PostgreSQL and H2 keep schemas inside the test's database. */
    @AllDatabases
    void entitiesCarryTheirSchema(TestDatabase db) {
        if (db.kind() == DatabaseKind.MYSQL) {
            return; // a constant database name would be shared by every build on the server; the defineTable test covers MySQL
        }
        db.execute("CREATE SCHEMA sales", "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50))",
                "CREATE TABLE sales.customers (id " + autoIncrement(db) + " PRIMARY KEY, name VARCHAR(50))");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Customer.class).build();
        try (Session s = orm.openSession()) {
            Customer c = new Customer();
            c.name = "Grace";
            s.persist(c);
            s.commit();
            assertThat(s.find(Customer.class, c.id).name).isEqualTo("Grace");
            assertThat(s.from(Customer.class).list()).hasSize(1);
        }
        assertThat(Dump.tables(db, "sales.customers:id")).containsExactly("sales.customers(id=1, name=Grace)");
        assertThat(Dump.count(db, "customers")).isZero();
        assertThat(orm.model().table(Customer.class).schema()).isEqualTo("sales");
        assertThat(List.of(orm.model().table("customers").toString())).containsExactly("customers (" + Customer.class.getName() + ")");
    }

    private static String otherSchema(TestDatabase db) {
        if (db.kind() == DatabaseKind.MYSQL) {
            String name = db.name() + "_other";
            db.execute("CREATE DATABASE `" + name + "`");
            return name;
        }
        db.execute("CREATE SCHEMA other");
        return "other";
    }

    private static void dropOtherSchema(TestDatabase db, String other) {
        if (db.kind() == DatabaseKind.MYSQL) {
            db.execute("DROP DATABASE IF EXISTS `" + other + "`");
        }
    }

    private static String q(TestDatabase db, String identifier) {
        return db.kind() == DatabaseKind.MYSQL ? "`" + identifier + "`" : identifier;
    }

    private static String autoIncrement(TestDatabase db) {
        return switch (db.kind()) {
            case MYSQL -> "INT AUTO_INCREMENT";
            case POSTGRES -> "SERIAL";
            default -> "INT AUTO_INCREMENT";
        };
    }
}
