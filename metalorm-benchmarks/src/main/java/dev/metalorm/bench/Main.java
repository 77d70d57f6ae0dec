package dev.metalorm.bench;

import java.util.Arrays;

/**
 * {@code java -jar metalorm-benchmarks/target/benchmarks.jar relations|schema|introspect [--options]};
 * see BENCHMARKS.md at the repository root.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "help" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (what) {
            case "relations" -> dev.metalorm.bench.relations.RelationsMain.main(rest);
            case "nested" -> dev.metalorm.bench.relations.NestedMain.main(rest);
            case "writes" -> dev.metalorm.bench.writes.WritesMain.main(rest);
            case "model" -> dev.metalorm.bench.writes.ModelMain.main(rest);
            case "scaling" -> dev.metalorm.bench.writes.ScalingMain.main(rest);
            case "inlist" -> dev.metalorm.bench.query.InListMain.main(rest);
            case "introspect" -> dev.metalorm.bench.introspect.IntrospectMain.main(rest);
            case "reverse" -> dev.metalorm.bench.introspect.IntrospectMain.reverse(rest);
            case "schema" -> dev.metalorm.bench.introspect.SchemaMain.main(rest);
            default -> {
                System.out.println("""
                        usage: java -jar metalorm-benchmarks/target/benchmarks.jar COMMAND [--name=value ...]
                          relations   [--db=h2,mariadb] [--forks=2] [--warmup=5] [--iterations=8] [--time=1s] [--sql]
                          nested      [--db=h2,mariadb] [--rounds=20]   (cost of a second include level with no query)
                          writes      [--db=h2,mariadb,postgres] [--users=10000] [--rounds=5] [--chunk=N]   (persist users, posts, role links)
                          model       [--tables=1000,3000] [--runs=5]   (MetalOrm.build() on a big model)
                          scaling     [--db=h2] [--sizes=5000,...,40000] [--rounds=3]   (per-row cost of add and remove as n grows)
                          inlist      [--db=h2,postgres] [--rounds=15] [--sizes=10,100,...,70000]   (IN list or = ANY(?))
                          introspect  [--db=mariadb,postgres] [--tables=100,1000,3000] [--runs=5] [--seed=42] [--no-jooq]
                                      [--reader=mariadb=CLASS,postgres=CLASS | --reader=none]   (default: our SQL readers)
                          reverse     introspect's options, plus reverse warm in-process, SchemaCrawler, metalorm:reverse
                                      under Maven beside jOOQ [--maven-runs=3] [--no-maven] [--schemacrawler-max=1000]
                          schema      --db=mariadb|postgres --tables=N [--seed=42] [--name=mbench_schema]  (create and keep)
                        """);
            }
        }
    }
}
