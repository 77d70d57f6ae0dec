package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.example.ExampleSchema;
import dev.metalorm.query.Where;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.support.Dump;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;

/**
 * Issue 12, typed exceptions: a broken unique or foreign key is a {@link UniqueViolationException}
 * or {@link ForeignKeyViolationException} on every database, naming the constraint and, at flush,
 * the row; the flush is rolled back.
 */
class ConstraintViolationTest {
    @Entity("accounts")
    public static class Account {
        @Id
        @Column(name = "id")
        Integer id;
        @Column(name = "email")
        String email;

        public Account() {
        }

        Account(Integer id, String email) {
            this.id = id;
            this.email = email;
        }
    }

    @Entity("notes")
    public static class Note {
        @Id(generated = true)
        @Column(name = "id")
        Integer id;
        @Column(name = "account_id")
        Integer accountId;
        @BelongsTo(target = Account.class, foreignKey = "account_id")
        BelongsToReference<Account> account;
    }

    static MetalOrm create(TestDatabase db) {
        db.execute("CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(50) NOT NULL, "
                        + "CONSTRAINT uq_accounts_email UNIQUE (email))",
                "CREATE TABLE notes (" + ExampleSchema.serialKey(db, "id") + ", account_id INT NOT NULL, "
                        + "CONSTRAINT fk_notes_account FOREIGN KEY (account_id) REFERENCES accounts (id))",
                "INSERT INTO accounts (id, email) VALUES (1, 'ada@x')",
                "INSERT INTO notes (account_id) VALUES (1)");
        return MetalOrm.builder(db.dataSource()).entities(Note.class).build();
    }

    /** As every database reports it (H2 names the index behind the constraint, whose suffix is stripped). */
    static final String UNIQUE = "uq_accounts_email";

    @AllDatabases
    void aDuplicateIsAUniqueViolationNamingTheConstraintAndTheRow(TestDatabase db) {
        MetalOrm orm = create(db);
        try (Session s = orm.openSession()) {
            s.persist(new Account(2, "ada@x"));
            UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class, s::commit);
            assertThat(e.constraint()).isEqualToIgnoringCase(UNIQUE);
            assertThat(e.row()).isEqualTo("new accounts row [2] (insert)");
            assertThat(e).hasMessageStartingWith("Unique constraint " + e.constraint() + " violated by new accounts row [2] "
                    + "(insert): INSERT INTO " + SessionTest.q(db, "accounts"));
            assertThat(e.sql()).startsWith("INSERT INTO");
        }
        assertThat(Dump.tables(db, "accounts:id")).containsExactly("accounts(id=1, email=ada@x)");
    }

    /** Pagila's domain checks came back as a plain StatementException. */
    @AllDatabases
    void aRefusedValueIsACheckViolationNamingTheConstraintAndTheRow(TestDatabase db) {
        MetalOrm orm = create(db);
        db.execute("ALTER TABLE accounts ADD CONSTRAINT ck_accounts_email CHECK (email <> '')");
        try (Session s = orm.openSession()) {
            s.persist(new Account(3, ""));
            CheckViolationException e = catchThrowableOfType(CheckViolationException.class, s::commit);
            assertThat(e.constraint()).isEqualToIgnoringCase("ck_accounts_email");
            assertThat(e.row()).isEqualTo("new accounts row [3] (insert)");
            assertThat(e).hasMessageStartingWith("Check constraint " + e.constraint() + " violated by new accounts row [3] (insert)")
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(Dump.tables(db, "accounts:id")).containsExactly("accounts(id=1, email=ada@x)");
    }

    @AllDatabases
    void aMissingOrStillReferencedParentIsAForeignKeyViolation(TestDatabase db) {
        MetalOrm orm = create(db);
        try (Session s = orm.openSession()) {
            Note orphan = new Note();
            orphan.accountId = 99;
            s.persist(orphan);
            ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class, s::commit);
            assertThat(e.constraint()).isEqualToIgnoringCase("fk_notes_account");
            assertThat(e).hasMessageStartingWith("Foreign key " + e.constraint() + " violated by a new notes row (insert): INSERT INTO");
        }
        try (Session s = orm.openSession()) {
            s.remove(s.find(Account.class, 1));
            ForeignKeyViolationException e = catchThrowableOfType(ForeignKeyViolationException.class, s::commit);
            assertThat(e.constraint()).isEqualToIgnoringCase("fk_notes_account");
            assertThat(e.row()).isEqualTo("accounts row [1] (delete)");
            assertThat(e).hasMessageStartingWith("Foreign key " + e.constraint() + " violated by accounts row [1] (delete): DELETE FROM");
        }
        assertThat(Dump.count(db, "accounts") + Dump.count(db, "notes")).isEqualTo(2);
    }

    @AllDatabases
    void theFailingRowOfABatchIsNamedWhereTheDriverSaysWhichItWas(TestDatabase db) {
        MetalOrm orm = create(db);
        try (Session s = orm.openSession()) {
            s.persist(new Account(2, "bob@x"));
            s.persist(new Account(3, "ada@x"));
            s.persist(new Account(4, "cleo@x"));
            UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class, s::commit);
            // H2 and Connector/J mark the failed row among the update counts; pgjdbc marks them all
            assertThat(e.row()).isEqualTo(db.kind() == DatabaseKind.POSTGRES
                    ? "one of 3 accounts rows (insert; the driver does not say which)" : "new accounts row [3] (insert)");
        }
        assertThat(Dump.count(db, "accounts")).isEqualTo(1);
    }

    @AllDatabases
    void everyStatementIsClassifiedNotOnlyTheFlush(TestDatabase db) {
        MetalOrm orm = create(db);
        try (Session s = orm.openSession()) {
            s.persist(new Account(2, "bob@x"));
            s.commit();
            UniqueViolationException e = catchThrowableOfType(UniqueViolationException.class,
                    () -> s.update(Account.class).set("email", "ada@x").where(Where.eq("id", 2)).execute());
            assertThat(e.constraint()).isEqualToIgnoringCase(UNIQUE);
            assertThat(e.row()).as("outside a flush no row is named").isNull();
            assertThat(e).hasMessageStartingWith("Unique constraint " + e.constraint() + " violated: UPDATE");
        }
        assertThat(Dump.tables(db, "accounts:id")).containsExactly("accounts(id=1, email=ada@x)", "accounts(id=2, email=bob@x)");
    }
}
