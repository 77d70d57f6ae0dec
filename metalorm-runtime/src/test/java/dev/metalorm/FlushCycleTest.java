package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.query.Where;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.util.List;

class FlushCycleTest {
    static final TableDefinition DEPARTMENTS = defineTable("departments",
            integer("id").primaryKey(), varchar("name"), integer("head_id"),
            belongsTo("head", () -> FlushCycleTest.EMPLOYEES, "head_id"));
    static final TableDefinition EMPLOYEES = defineTable("employees",
            integer("id").primaryKey(), varchar("name"), integer("department_id").notNull(), integer("manager_id"),
            belongsTo("department", () -> DEPARTMENTS, "department_id"),
            belongsTo("manager", () -> FlushCycleTest.EMPLOYEES, "manager_id"));

    @AllDatabases
    void aCycleIsInsertedWithNullThenUpdated(TestDatabase db) {
        db.execute("CREATE TABLE departments (id INT PRIMARY KEY, name VARCHAR(50), head_id INT)",
                "CREATE TABLE employees (id INT PRIMARY KEY, name VARCHAR(50), department_id INT NOT NULL, manager_id INT, "
                        + "FOREIGN KEY (department_id) REFERENCES departments (id), "
                        + "FOREIGN KEY (manager_id) REFERENCES employees (id))",
                "ALTER TABLE departments ADD FOREIGN KEY (head_id) REFERENCES employees (id)");
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(EMPLOYEES).statementListener(log).build();
        try (Session s = orm.openSession()) {
            // the worker (refers to the boss) is persisted first, the department (refers to the boss) last
            s.persist(EMPLOYEES.newRow().set("id", 2).set("name", "worker").set("department_id", 1).set("manager_id", 1));
            s.persist(EMPLOYEES.newRow().set("id", 1).set("name", "boss").set("department_id", 1));
            s.persist(DEPARTMENTS.newRow().set("id", 1).set("name", "R&D").set("head_id", 1));
            s.commit();
        }
        String q = SessionTest.q(db, "");
        String quote = q.substring(0, 1);
        assertThat(log.statements()).extracting(sql -> sql.replace(quote, "").replaceAll(" SET .*", "").replaceAll(" \\(.*", ""))
                // departments.head_id breaks the cycle between the tables; the boss goes in before the
                // worker who refers to him (a self-reference orders rows, it is no cycle)
                .containsExactly("INSERT INTO departments", "INSERT INTO employees", "INSERT INTO employees",
                        "UPDATE departments");
        assertThat(Dump.tables(db, "departments:id", "employees:id")).containsExactly(
                "departments(id=1, name=R&D, head_id=1)",
                "employees(id=1, name=boss, department_id=1, manager_id=null)",
                "employees(id=2, name=worker, department_id=1, manager_id=1)");
        // and out again in one flush: the department's head is set NULL first, then the employees go (the worker
        // before the boss), then the department they referred to
        log.clear();
        try (Session s = orm.openSession()) {
            for (Row r : s.from(EMPLOYEES).list()) {
                s.remove(r);
            }
            s.remove(s.find(DEPARTMENTS, 1));
            s.commit();
        }
        assertThat(log.only("UPDATE", "DELETE")).extracting(sql -> sql.replace(quote, "").replaceAll(" SET .*", "").replaceAll(" WHERE.*", ""))
                .containsExactly("UPDATE departments", "DELETE FROM employees", "DELETE FROM employees", "DELETE FROM departments");
        assertThat(Dump.count(db, "departments") + Dump.count(db, "employees")).isZero();
    }

    static final TableDefinition STAFF = defineTable("staff",
            serial("id").primaryKey(), varchar("name"), integer("manager_id"),
            belongsTo("manager", () -> FlushCycleTest.STAFF, "manager_id"),
            hasMany("reports", () -> FlushCycleTest.STAFF, "manager_id"));

    @AllDatabases
    void aSelfReferenceWithGeneratedKeysIsInsertedThenLinked(TestDatabase db) {
        db.execute("CREATE TABLE staff (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), "
                + "manager_id INT, FOREIGN KEY (manager_id) REFERENCES staff (id))");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).tables(STAFF).build();
        try (Session s = orm.openSession()) {
            Row worker = STAFF.newRow().set("name", "worker");
            s.persist(worker);
            Row boss = STAFF.newRow().set("name", "boss");
            worker.belongsTo("manager").set(boss);
            boss.hasMany("reports").add(STAFF.newRow().set("name", "intern"));
            s.commit();
            assertThat(worker.get("manager_id")).isEqualTo(boss.get("id"));
        }
        try (Session s = orm.openSession()) {
            Row boss = s.from(STAFF).where(Where.eq("name", "boss")).include("reports")
                    .first().orElseThrow();
            assertThat(boss.hasMany("reports").getItems()).extracting(r -> r.get("name")).containsExactly("worker", "intern");
            assertThat(boss.belongsTo("manager").load()).isNull();
        }
    }

    @Entity("log_lines")
    public static class LogLine {
        @Column(name = "line")
        public String line;
    }

    @AllDatabases
    void aTableWithoutPrimaryKeyIsReadOnly(TestDatabase db) {
        db.execute("CREATE TABLE log_lines (line VARCHAR(50))", "INSERT INTO log_lines (line) VALUES ('one')",
                "INSERT INTO log_lines (line) VALUES ('two')");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(LogLine.class).build();
        try (Session s = orm.openSession()) {
            List<LogLine> lines = s.from(LogLine.class).orderBy("line").list();
            assertThat(lines).extracting(l -> l.line).containsExactly("one", "two");
            assertThat(s.from(LogLine.class).orderBy("line").list().get(0)).as("not tracked: a new instance per read")
                    .isNotSameAs(lines.get(0));
            assertThatThrownBy(() -> s.persist(new LogLine()))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot persist a row of log_lines (dev.metalorm.FlushCycleTest$LogLine): the table has no "
                            + "primary key, so it is read-only.");
            assertThatThrownBy(() -> s.find(LogLine.class, "one"))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot find by id in log_lines (dev.metalorm.FlushCycleTest$LogLine): it has no primary key "
                            + "(read-only). Query it instead.");
        }
    }

}
