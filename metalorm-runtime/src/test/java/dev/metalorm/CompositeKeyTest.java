package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.support.Bulk;
import dev.metalorm.support.CountingDataSource;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;

class CompositeKeyTest {
    @Entity("accounts")
    public static class Account {
        @Id @Column(name = "tenant_id") Integer tenantId;
        @Id @Column(name = "account_no") Integer accountNo;
        @Column(name = "name") String name;
        @HasMany(foreignKey = {"tenant_id", "account_no"}) HasManyCollection<LedgerEntry> entries;
    }

    @Entity("ledger_entries")
    public static class LedgerEntry {
        @Id @Column(name = "id") Integer id;
        @Column(name = "tenant_id") Integer tenantId;
        @Column(name = "account_no") Integer accountNo;
        @Column(name = "amount") BigDecimal amount;
        @BelongsTo(foreignKey = {"tenant_id", "account_no"}) BelongsToReference<Account> account;
    }

    @AllDatabases
    void aCompositeKeyRelationLoadsInBatchesOfRowValues(TestDatabase db) {
        int batch = db.kind() == DatabaseKind.H2 ? 500 : 1000;
        int accounts = batch + 1;
        db.execute("CREATE TABLE accounts (tenant_id INT NOT NULL, account_no INT NOT NULL, name VARCHAR(20), "
                        + "PRIMARY KEY (tenant_id, account_no))",
                "CREATE TABLE ledger_entries (id INT PRIMARY KEY, tenant_id INT NOT NULL, account_no INT NOT NULL, "
                        + "amount DECIMAL(10,2), FOREIGN KEY (tenant_id, account_no) REFERENCES accounts (tenant_id, account_no))");
        // tenant 1 and 2 use the same account numbers: only the pair identifies an account
        Bulk.insert(db, "INSERT INTO accounts (tenant_id, account_no, name) VALUES (?, ?, ?)", accounts,
                i -> List.of(i % 2 + 1, i / 2, "a" + i));
        Bulk.insert(db, "INSERT INTO ledger_entries (id, tenant_id, account_no, amount) VALUES (?, ?, ?, ?)", accounts * 2,
                i -> List.of(i + 1, (i / 2) % 2 + 1, i / 4, new BigDecimal(i + ".50")));
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(counting).entities(Account.class).statementListener(log).build();
        try (Session s = orm.openSession()) {
            List<Account> all = s.from(Account.class).orderBy("accountNo").orderBy("tenantId").list();
            assertThat(all).hasSize(accounts);
            counting.reset();
            log.clear();
            all.get(0).entries.load();
            assertThat(counting.statements()).as("one query per batch of " + batch + " keys").isEqualTo(2);
            assertThat(log.statements().get(0)).contains(") IN ((?, ?), (?, ?)");
            for (Account a : all) {
                assertThat(a.entries.getItems()).hasSize(2).allSatisfy(e -> {
                    assertThat(e.tenantId).isEqualTo(a.tenantId);
                    assertThat(e.accountNo).isEqualTo(a.accountNo);
                    assertThat(e.account.load()).isSameAs(a);
                });
            }
            assertThat(counting.statements()).as("the accounts are in the session: belongsTo needs no query").isEqualTo(2);
            Account tenant2 = s.find(Account.class, 2, 0);
            assertThat(tenant2.name).isEqualTo("a1");
            assertThat(tenant2.entries.getItems()).extracting(e -> e.id).containsExactly(3, 4);
        }
    }
}
