package dev.metalorm.support;

import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;

/** Fast test data: one JDBC batch per table. */
public final class Bulk {
    private Bulk() {
    }

    /** Inserts {@code count} rows; row i gets the values {@code values.apply(i)}. */
    public static void insert(TestDatabase db, String sql, int count, IntFunction<List<Object>> values) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                List<Object> v = values.apply(i);
                for (int p = 0; p < v.size(); p++) {
                    ps.setObject(p + 1, v.get(p));
                }
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
