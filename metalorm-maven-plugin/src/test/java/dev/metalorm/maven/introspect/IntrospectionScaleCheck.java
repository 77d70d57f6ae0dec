package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.DatabaseServer;
import dev.metalorm.testing.DatabaseServers;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Timed harness, not a unit test: builds a schema of N tables (each with a PK, a unique key, 6 columns and an
 * FK to the previous table) on each engine and times the readers on a warm JVM (best and median of runs).
 * Run from the module directory after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.metalorm.maven.introspect.IntrospectionScaleCheck 100 1000
 * </pre>
 *
 * Options: {@code -Druns=3}, {@code -Dkinds=H2,MYSQL,POSTGRES}, {@code -DskipSchemaCrawler=true} (SchemaCrawler on
 * MariaDB is quadratic: about two minutes per read at 1,000 tables).
 */
public final class IntrospectionScaleCheck {
    private IntrospectionScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000);
        }
        int runs = Integer.getInteger("runs", 3);
        boolean crawl = !Boolean.getBoolean("skipSchemaCrawler");
        String kinds = System.getProperty("kinds", "H2,MYSQL,POSTGRES");
        for (DatabaseKind kind : DatabaseKind.values()) {
            if (!List.of(kinds.split(",")).contains(kind.name())) {
                continue;
            }
            DatabaseServer server = DatabaseServers.get(kind);
            if (!server.available()) {
                System.out.println(kind.displayName() + ": unavailable");
                continue;
            }
            for (int n : sizes) {
                TestDatabase db = server.createDatabase();
                try {
                    build(db, n);
                    try (Connection c = db.connect()) {
                        List<IntrospectorChoice> choices = kind == DatabaseKind.H2 ? List.of(IntrospectorChoice.SCHEMACRAWLER)
                                : crawl ? List.of(IntrospectorChoice.SQL, IntrospectorChoice.SCHEMACRAWLER)
                                : List.of(IntrospectorChoice.SQL);
                        for (IntrospectorChoice choice : choices) {
                            time(kind, n, choice, c, runs);
                        }
                    }
                } finally {
                    server.dropDatabase(db);
                }
            }
        }
    }

    private static void time(DatabaseKind kind, int n, IntrospectorChoice choice, Connection c, int runs) {
        Introspector introspector = Introspectors.forConnection(c, choice);
        introspector.read(c, Snapshots.all()); // warm-up
        List<Long> nanos = new ArrayList<>();
        SchemaSnapshot s = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            s = introspector.read(c, Snapshots.all());
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        int columns = s.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int fks = s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        System.out.println(String.format(Locale.ROOT, "%-14s %5d tables %-13s best %8.3f s  median %8.3f s  (%d columns, %d FKs)",
                kind.displayName(), n, choice.propertyValue(), nanos.get(0) / 1e9, nanos.get(nanos.size() / 2) / 1e9,
                columns, fks));
    }

    private static void build(TestDatabase db, int n) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (int i = 0; i < n; i++) {
                String fk = i == 0 ? "" : ", CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1) + " (id)";
                st.execute("CREATE TABLE t" + i + " (id INT NOT NULL, code VARCHAR(20) NOT NULL, name VARCHAR(100),"
                        + " amount DECIMAL(10,2) DEFAULT 0, created DATE, parent_id INT,"
                        + " CONSTRAINT pk_t" + i + " PRIMARY KEY (id), CONSTRAINT uq_t" + i + " UNIQUE (code)" + fk + ")");
            }
        }
    }
}
