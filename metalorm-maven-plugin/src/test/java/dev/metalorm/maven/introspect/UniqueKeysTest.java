package dev.metalorm.maven.introspect;

import static dev.metalorm.maven.introspect.Snapshots.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;

/** Unique constraints versus unique indexes, composite keys, and the unique indexes that are left out. */
class UniqueKeysTest {

    @AllDatabases
    void constraintsIndexesAndCompositeKeys(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE accounts (tenant INT NOT NULL, num INT NOT NULL, code VARCHAR(10) NOT NULL,"
                        + " email VARCHAR(100) NOT NULL, phone VARCHAR(20),"
                        + " CONSTRAINT pk_accounts PRIMARY KEY (tenant, num),"
                        + " CONSTRAINT uq_accounts_code UNIQUE (tenant, code))",
                "CREATE UNIQUE INDEX ux_accounts_phone_email ON accounts (phone, email)",
                "CREATE INDEX ix_accounts_email ON accounts (email)");
        boolean mysql = db.kind() == DatabaseKind.MYSQL;
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : FilterTest.choices(db)) {
                TableSnapshot t = read(c, choice, Snapshots.all()).table("accounts").orElseThrow();
                assertThat(t.primaryKey().columns()).as(choice.name()).containsExactly("tenant", "num");
                assertThat(t.uniqueKeys()).as(choice.name()).containsExactly(
                        new UniqueKeySnapshot("uq_accounts_code", List.of("tenant", "code"), false),
                        new UniqueKeySnapshot("ux_accounts_phone_email", List.of("phone", "email"), !mysql));
            }
        }
    }

    /** Partial and expression unique indexes do not make a column set unique: left out. */
    @AllDatabases(DatabaseKind.POSTGRES)
    void partialAndExpressionUniqueIndexesAreLeftOut(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN NOT NULL, nick VARCHAR(20))",
                "CREATE UNIQUE INDEX ux_people_active_email ON people (email) WHERE active",
                "CREATE UNIQUE INDEX ux_people_lower_email ON people (lower(email))",
                "CREATE UNIQUE INDEX ux_people_nick ON people (nick) INCLUDE (email)");
        try (Connection c = db.connect()) {
            for (IntrospectorChoice choice : FilterTest.choices(db)) {
                TableSnapshot t = read(c, choice, Snapshots.all()).table("people").orElseThrow();
                // pgjdbc lists INCLUDE columns with the key columns: a known gap of the JDBC reader
                List<String> nick = choice == IntrospectorChoice.SQL ? List.of("nick") : List.of("nick", "email");
                assertThat(t.uniqueKeys()).as(choice.name())
                        .containsExactly(new UniqueKeySnapshot("ux_people_nick", nick, true));
            }
        }
    }
}
