package dev.metalorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

class DatabaseHarnessTest {

    @AllDatabases
    void eachTestGetsAnEmptyDatabaseOfItsKind(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            switch (db.kind()) {
                case H2 -> assertThat(product).contains("h2");
                case MYSQL -> assertThat(product).containsAnyOf("mysql", "mariadb");
                case POSTGRES -> assertThat(product).contains("postgresql");
                default -> throw new AssertionError(db.kind());
            }
            assertThat(userTables(c)).isEmpty();
        }
    }

    @AllDatabases
    void tablesWrittenInOneTestStayInItsDatabase(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE widgets (id INT PRIMARY KEY, label VARCHAR(20))",
                "INSERT INTO widgets (id, label) VALUES (1, 'one')");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT label FROM widgets WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("one");
            assertThat(userTables(c)).containsExactly("widgets");
        }
    }

    @AllDatabases
    void theServerIsDescribedWithItsVersion(TestDatabase db) {
        assertThat(db.server()).matches(".+ \\d+(\\.\\d+)+.*\\(.+\\)");
    }

    static List<String> userTables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        try (ResultSet rs = c.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
