package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.filtered;
import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;

/** Names that need quoting are reported exactly as spelled, and filters see them unquoted. */
class QuotedNamesTest {

    @AllDatabases
    void mixedCaseAndSpacesAreKept(TestDatabase db) throws Exception {
        String q = db.kind() == DatabaseKind.MYSQL ? "`" : "\"";
        db.execute("CREATE TABLE " + q + "Order Items" + q + " (" + q + "itemId" + q + " INT NOT NULL, "
                        + q + "Order.No" + q + " INT NOT NULL, CONSTRAINT " + q + "PK Items" + q + " PRIMARY KEY (" + q + "itemId" + q + "))",
                "CREATE TABLE " + q + "Parent" + q + " (id INT PRIMARY KEY, " + q + "itemRef" + q + " INT,"
                        + " CONSTRAINT " + q + "FK to Items" + q + " FOREIGN KEY (" + q + "itemRef" + q + ") REFERENCES "
                        + q + "Order Items" + q + " (" + q + "itemId" + q + "))");
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : FilterTest.choices(db)) {
                SchemaSnapshot s = read(c, choice, Snapshots.all());
                assertThat(FilterTest.names(s)).as(choice.name()).containsExactly("Order Items", "Parent");
                TableSnapshot items = s.table("Order Items").orElseThrow();
                assertThat(items.columns()).extracting(ColumnSnapshot::name).containsExactly("itemId", "Order.No");
                assertThat(items.primaryKey().columns()).containsExactly("itemId");
                TableSnapshot parent = s.table("Parent").orElseThrow();
                assertThat(parent.foreignKeys().get(0).name()).isEqualTo("FK to Items");
                assertThat(parent.foreignKeys().get(0).referencedTable()).isEqualTo("Order Items");
                assertThat(parent.foreignKeys().get(0).columns()).containsExactly("itemRef");

                assertThat(FilterTest.names(read(c, choice, filtered(List.of("Order .*"), List.of(), false))))
                        .as(choice.name()).containsExactly("Order Items");
                assertThat(FilterTest.names(read(c, choice, filtered(List.of(), List.of("Order Items"), false))))
                        .as(choice.name()).containsExactly("Parent");
            }
        }
    }
}
