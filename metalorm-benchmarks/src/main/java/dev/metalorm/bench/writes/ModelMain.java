package dev.metalorm.bench.writes;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;

import dev.metalorm.bench.Args;
import dev.metalorm.bench.relations.RelationsMain;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.ModelBuilder;
import dev.metalorm.metadata.source.SchemaSource;
import dev.metalorm.schema.TablePart;
import dev.metalorm.schema.TableDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code model}: how long building the validated model (relations resolved, flush order computed)
 * takes as the schema grows (issue 12: it was O(tables² × dependencies), 24 s at 2,000 tables).
 * A synthetic schema like the introspection benchmark's: every table has a key, a name and one to
 * three foreign keys to earlier tables (some NOT NULL, some nullable, a few back-references that make
 * cycles), a hasMany back, and every tenth table is a junction. Times are the median of warm runs,
 * CPU time of the building thread first (wall time moves with the machine's load); the ratio column
 * divides each size's CPU time by the smallest size's, beside the ratio of the sizes.
 */
public final class ModelMain {
    /** CPU time of the building thread: steady when other builds load the machine, unlike wall time. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private ModelMain() {
    }

    public static void main(String[] argv) {
        Args args = new Args(argv);
        List<Integer> sizes = args.list("tables", "300,1000,3000").stream().map(Integer::parseInt).toList();
        int runs = args.integer("runs", 5);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"tables", "relations", "median CPU ms", "median wall ms", "min wall ms", "CPU ratio to smallest",
            "size ratio"});
        double base = Double.NaN;
        for (int n : sizes) {
            List<TableDefinition> schema = schema(n, 42);
            int relations = schema.stream().mapToInt(t -> t.relations().size()).sum();
            for (int w = 0; w < 3; w++) {
                build(schema); // warm: JIT, not the first-use costs
            }
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Model m = build(schema);
                ms[r] = (System.nanoTime() - t) / 1e6;
                cpu[r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                if (m.tables().size() != n) {
                    throw new IllegalStateException("built " + m.tables().size() + " tables of " + n);
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            double median = cpu[runs / 2];
            if (Double.isNaN(base)) {
                base = median;
            }
            rows.add(new String[] {String.valueOf(n), String.valueOf(relations), String.format(Locale.ROOT, "%.1f", median),
                String.format(Locale.ROOT, "%.1f", ms[runs / 2]), String.format(Locale.ROOT, "%.1f", ms[0]), String.format(Locale.ROOT, "%.2fx", median / base),
                String.format(Locale.ROOT, "%.2fx", (double) n / sizes.get(0))});
        }
        System.out.println("MetalOrm model build (DSL tables → validated model with flush order), median of " + runs + " warm runs; load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + ":");
        RelationsMain.printTable(rows);
    }

    private static Model build(List<TableDefinition> schema) {
        ModelBuilder builder = new ModelBuilder();
        SchemaSource.addAll(builder, schema);
        return builder.build();
    }

    static List<TableDefinition> schema(int n, long seed) {
        Random random = new Random(seed);
        TableDefinition[] tables = new TableDefinition[n];
        for (int i = 0; i < n; i++) {
            int self = i;
            List<TablePart> parts = new ArrayList<>(List.of(serial("id").primaryKey(), varchar("name")));
            if (i > 1 && i % 10 == 0) { // a junction between two earlier tables
                int a = random.nextInt(i);
                int b = random.nextInt(i);
                parts.add(integer("a_id").notNull());
                parts.add(integer("b_id").notNull());
                parts.add(belongsTo("a", () -> tables[a], "a_id"));
                parts.add(belongsTo("b", () -> tables[b], "b_id"));
            } else {
                int fks = i == 0 ? 0 : 1 + random.nextInt(Math.min(3, i));
                for (int k = 0; k < fks; k++) {
                    int target = random.nextInt(i);
                    String column = "ref" + k + "_id";
                    parts.add(k == 0 ? integer(column).notNull() : integer(column));
                    parts.add(belongsTo("ref" + k, () -> tables[target], column));
                }
                if (i > 20 && i % 50 == 7) { // a nullable back-reference: a cycle the flush must break
                    int later = Math.min(n - 1, i + 1 + random.nextInt(10));
                    parts.add(integer("back_id"));
                    parts.add(belongsTo("back", () -> tables[later], "back_id"));
                }
            }
            if (i > 0 && i % 10 == 1 && i + 1 < n) {
                parts.add(hasMany("children", () -> tables[self + 1], "ref0_id"));
            }
            tables[i] = defineTable("t" + i, parts.toArray(TablePart[]::new));
        }
        return List.of(tables);
    }
}
