package dev.metalorm.bench.relations;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 1,000 users x 10 posts x 3 roles through the pivot, loaded whole per operation. Run through
 * {@link RelationsMain}, which counts the statements of each contender first and prints ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RelationLoading {
    @Param({"h2", "mariadb"})
    public String db;

    private RelationFixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        fixture = new RelationFixture(db, false);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        fixture.close();
    }

    @Benchmark
    public long jdbcHandWritten() throws SQLException {
        return Workloads.jdbcHandWritten(fixture);
    }

    @Benchmark
    public long metalormInclude() {
        return Workloads.metalormInclude(fixture);
    }

    @Benchmark
    public long metalormLazyLoad() {
        return Workloads.metalormLazyLoad(fixture);
    }

    @Benchmark
    public long hibernateBatchFetch() {
        return Workloads.hibernateBatchFetch(fixture);
    }
}
