package dev.metalorm.bench.introspect;

import dev.metalorm.bench.Args;
import java.util.Locale;

/** Creates one synthetic schema and keeps it (for running a generator by hand against it). */
public final class SchemaMain {
    private SchemaMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String db = args.value("db", "mariadb");
        int n = args.integer("tables", 1000);
        long seed = args.integer("seed", 42);
        String name = args.value("name", "mbench_schema");
        if (!name.startsWith("mbench_")) {
            throw new IllegalArgumentException("Benchmark databases are named mbench_…: " + name);
        }
        if (args.flag("drop")) {
            SchemaLoader.drop(db, name);
            System.out.println("Dropped " + db + " database " + name);
            return;
        }
        SyntheticSchema schema = new SyntheticSchema(n, seed);
        double s = SchemaLoader.load(db, name, schema);
        System.out.printf(Locale.ROOT, "Created %s database %s in %.1f s: %s%n", db, name, s, schema.stats());
        System.out.println("URL: " + SchemaLoader.url(db, name) + "  (drop: schema --db=" + db + " --name=" + name + " --drop)");
    }
}
