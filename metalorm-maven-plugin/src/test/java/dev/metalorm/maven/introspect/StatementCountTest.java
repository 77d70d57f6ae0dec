package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The bulk readers issue a constant number of statements whatever the schema size. */
class StatementCountTest {

    @AllDatabases({DatabaseKind.MYSQL, DatabaseKind.POSTGRES})
    void sameNumberOfStatementsFor3And60Tables(TestDatabase db) throws Exception {
        createTables(db, 0, 3);
        int forThree = countStatements(db);
        createTables(db, 3, 60);
        int forSixty = countStatements(db);
        // PostgreSQL reads the labels of enum types in a statement of its own
        assertThat(forThree).isEqualTo(db.kind() == DatabaseKind.POSTGRES ? 7 : 6);
        assertThat(forSixty).isEqualTo(forThree);
    }

    private static int countStatements(TestDatabase db) throws Exception {
        try (Connection real = db.connect()) {
            AtomicInteger statements = new AtomicInteger();
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                                || method.getName().equals("prepareCall")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            var snapshot = Introspectors.forConnection(counting, IntrospectorChoice.SQL).read(counting, Snapshots.all());
            assertThat(snapshot.tables()).isNotEmpty();
            return statements.get();
        }
    }

    private static void createTables(TestDatabase db, int from, int to) {
        List<String> ddl = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String parent = i == 0 ? "" : ", parent_id INT, CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1) + " (id)";
            ddl.add("CREATE TABLE t" + i + " (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL, CONSTRAINT uq_t" + i
                    + " UNIQUE (code)" + parent + ")");
        }
        db.execute(ddl.toArray(String[]::new));
    }
}
