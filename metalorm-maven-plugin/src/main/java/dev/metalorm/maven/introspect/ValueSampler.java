package dev.metalorm.maven.introspect;

import dev.metalorm.maven.suggest.Candidate;
import dev.metalorm.maven.suggest.ValueCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metalorm.verifyRelations=sample}: one bounded query per suggested relation, counting how many of a
 * sample of the column's non-null values have no row in the target table. Identifiers are quoted with the
 * driver's quote string (doubled inside), the schema qualifies both tables, and the sample size and the
 * "none" value 0 of integer columns are parameters:
 *
 * <pre>
 * SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM "s"."users" p WHERE p."id" = c.v) THEN 1 ELSE 0 END), 0)
 * FROM (SELECT o."user_id" AS v FROM "s"."posts" o WHERE o."user_id" IS NOT NULL AND o."user_id" &lt;&gt; ? LIMIT ?) c
 * </pre>
 *
 * The sample is the first rows the database finds (no ORDER BY: no sort of a big table), so the query reads at
 * most {@link #SAMPLE_ROWS} rows of the owner and does one key lookup per row in the target.
 */
public final class ValueSampler {
    /** Values looked at per suggestion. */
    public static final int SAMPLE_ROWS = 10_000;

    private ValueSampler() {
    }

    /** One check per candidate, in the candidates' order. */
    public static List<ValueCheck> check(Connection connection, String schema, List<Candidate> candidates) {
        List<ValueCheck> out = new ArrayList<>();
        Candidate current = null;
        try {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            String q = quote == null || quote.isBlank() ? "\"" : quote.trim();
            for (Candidate c : candidates) {
                current = c;
                String sql = sql(q, schema, c);
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int i = 1;
                    if (c.integer()) {
                        ps.setInt(i++, 0);
                    }
                    ps.setInt(i, SAMPLE_ROWS);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(new ValueCheck(c.table(), c.column(), c.targetTable(), rs.getLong(1), rs.getLong(2), c.integer()));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IntrospectionException("Cannot check the values of " + current.table() + "." + current.column() + " against "
                    + current.targetTable() + " (metalorm.verifyRelations=sample): " + SchemaResolution.oneLine(e)
                    + ". Check that the user may read both tables, or set metalorm.verifyRelations=off.", e);
        }
    }

    static String sql(String quote, String schema, Candidate c) {
        String column = id(quote, c.column());
        return "SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM " + id(quote, schema) + "." + id(quote, c.targetTable())
                + " p WHERE p." + id(quote, c.targetColumn()) + " = c.v) THEN 1 ELSE 0 END), 0) FROM (SELECT o." + column
                + " AS v FROM " + id(quote, schema) + "." + id(quote, c.table()) + " o WHERE o." + column + " IS NOT NULL"
                + (c.integer() ? " AND o." + column + " <> ?" : "") + " LIMIT ?) c";
    }

    private static String id(String quote, String name) {
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
