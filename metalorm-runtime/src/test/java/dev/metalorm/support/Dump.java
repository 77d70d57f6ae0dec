package dev.metalorm.support;

import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads tables with plain JDBC, as text, to compare database states. */
public final class Dump {
    private Dump() {
    }

    /** Each row of each table as {@code table(col=value, …)}, ordered by the given columns. */
    public static List<String> tables(TestDatabase db, String... tableAndOrder) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String spec : tableAndOrder) {
                String[] parts = spec.split(":");
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + parts[0] + " ORDER BY " + parts[1])) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(parts[0]).append('(');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            b.append(i == 1 ? "" : ", ").append(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT))
                                    .append('=').append(v instanceof java.sql.Timestamp t ? t.toLocalDateTime() : v);
                        }
                        out.add(b.append(')').toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static long count(TestDatabase db, String table) {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
