package dev.metalorm.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark in a JVM whose heap has one size from start to end, as JMH forks its own JVM
 * to control its flags. Harnesses that call {@code System.gc()} between timed operations need it:
 * under G1 (the default collector) each of those full collections shrank the heap to about 80 MB,
 * and every operation then spent its time in young collections growing it back (10 per
 * 140,000-row write, the floor's median at 1.6 s instead of 0.4 s): that measured the heap's
 * sizing, not the code. A running service's heap does not shrink between its requests.
 */
public final class FixedHeap {
    /** The heap of a child JVM: every benchmark here fits in it with room to spare. */
    public static final String SIZE = "4g";
    private static final String CHILD = "metalorm.bench.fixedHeap";

    private FixedHeap() {
    }

    /**
     * Whether to run here: the JVM was started with {@code -Xms} (its own choice of heap) or is
     * the child. Otherwise runs {@code main} with {@code args} in a child JVM with this JVM's
     * options plus {@code -Xms4g -Xmx4g}, waits for it, and returns false (exiting on its failure).
     */
    public static boolean runHere(Class<?> main, String[] args) throws Exception {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (Boolean.getBoolean(CHILD) || options.stream().anyMatch(o -> o.startsWith("-Xms"))) {
            return true;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : options) {
            if (!o.startsWith("-Xmx")) {
                command.add(o);
            }
        }
        command.add("-Xms" + SIZE);
        command.add("-Xmx" + SIZE);
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        System.out.println("(in a child JVM with a heap fixed at " + SIZE + ": -Xms" + SIZE + " -Xmx" + SIZE
                + "; start this one with -Xms to choose the heap yourself)");
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            System.exit(exit);
        }
        return false;
    }

    /** The heap as the header of a result says it: its initial and maximum size. */
    public static String describe() {
        java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long mb = 1024 * 1024;
        // a collector may report a little less than -Xmx as its maximum (ParallelGC: one survivor space less)
        return heap.getInit() >= heap.getMax() * 0.99 ? "heap fixed at " + heap.getInit() / mb + " MB"
                : "heap " + heap.getInit() / mb + "–" + heap.getMax() / mb + " MB (not fixed: G1 shrinks it at System.gc())";
    }
}
