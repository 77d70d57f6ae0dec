package it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.e2e.Account;
import com.acme.e2e.Category;
import com.acme.e2e.Document;
import com.acme.e2e.DocumentPart;
import com.acme.e2e.Membership;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, end to end: in the IT project, against the entities metalorm:reverse generated from a schema made
 * for this (defaults of every kind, computed columns, a NOT NULL self-reference, a binary primary key with a
 * child, a junction with payload), every generated entity gets a row inserted through the runtime, read back
 * equal with the database's defaults filled in, found by {@code where(eq(column, value))} on each of its columns,
 * updated, its relations loaded, and deleted. The IT's own {@link ColumnTypesTest} does the same for the tables
 * of its database's column types.
 */
class EndToEndTest {
    private static final byte[] HASH = {0x00, 0x7f, (byte) 0x80, (byte) 0xff, 0x10};

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(Rows.entityClasses()).build();

    /**
     * This test and the IT's own {@link ColumnTypesTest} (its database's column types) cover every entity
     * reverse generated: a new table in a schema must be added to one of them.
     */
    @Test
    void theTestsCoverEveryGeneratedEntity() {
        assertEquals(Rows.union(Set.of("Account", "Category", "Document", "DocumentPart", "Membership"), ColumnTypesTest.ENTITIES, EnumColumnsTest.ENTITIES,
                UniqueKeyIdentityTest.ENTITIES),
                Rows.entityNames());
    }

    @Test
    void everyEntityInsertsReadsBackUpdatesLoadsItsRelationsAndDeletes() throws Exception {
        Map<String, Map<String, String>> inserted = new TreeMap<>();
        Integer accountId;
        Integer partId;
        try (Session s = orm.openSession()) {
            Account account = new Account();
            account.setEmail("ada@example.com");
            s.persist(account);
            // a NOT NULL self-reference: the root refers to itself, the child to the root, in one flush
            Category root = new Category();
            root.setCode("root");
            root.setName("Everything");
            root.setParentCode("root");
            Category math = new Category();
            math.setCode("math");
            math.setName("Mathematics");
            math.setParentCode("root");
            s.persist(math);
            s.persist(root);
            s.flush();
            accountId = account.getId();
            assertNotNull(accountId);

            Document document = new Document();
            document.setHash(HASH.clone());
            document.setTitle("Notes");
            document.setAccountId(accountId);
            document.setCategoryCode("math");
            s.persist(document);
            DocumentPart part = new DocumentPart();
            part.setDocumentHash(HASH.clone());
            part.setBody("On the Analytical Engine");
            s.persist(part);
            Membership membership = new Membership();
            membership.setAccountId(accountId);
            membership.setCategoryCode("math");
            s.persist(membership);
            s.commit();
            partId = part.getId();

            // the database's defaults and computed values are in the entities after the flush
            assertEquals(0, account.getBalance());
            assertEquals("active", account.getStatus());
            assertNotNull(account.getCreatedAt());
            assertEquals(0, account.getVersion());
            assertEquals("example.com", account.getEmailDomain());
            assertEquals(1, part.getPosition());
            assertEquals("member", membership.getRole());
            assertNotNull(membership.getJoinedAt());
            for (Object entity : List.of(account, root, math, document, part, membership)) {
                Rows.assertFilledIn(entity);
                inserted.put(Rows.label(entity), Rows.columns(entity));
            }
        }

        try (Session s = orm.openSession()) {
            // read back equal, each by its key
            Account account = s.find(Account.class, accountId);
            Category root = s.find(Category.class, "root");
            Category math = s.find(Category.class, "math");
            Document document = s.find(Document.class, (Object) HASH.clone());
            DocumentPart part = s.find(DocumentPart.class, partId);
            Membership membership = s.find(Membership.class, accountId, "math");
            for (Object entity : List.of(account, root, math, document, part, membership)) {
                assertEquals(inserted.get(Rows.label(entity)), Rows.columns(entity), Rows.label(entity));
                Rows.assertFoundByEveryColumn(s, entity, Set.of());
            }

            // every relation
            assertSame(root, math.getParent().load());
            assertSame(root, root.getParent().load());
            assertEquals(List.of("math", "root"), codes(root.getChildren().load()));
            assertEquals(List.of("math"), codes(account.getCategories().load()));
            assertEquals(List.of(accountId), math.getAccounts().load().stream().map(Account::getId).toList());
            assertEquals(List.of(document), account.getDocuments().load());
            assertEquals(List.of(membership), account.getMemberships().load());
            assertEquals(List.of(document), math.getDocuments().load());
            assertEquals(List.of(membership), math.getMemberships().load());
            assertTrue(root.getDocuments().load().isEmpty());
            assertSame(account, document.getAccount().load());
            assertSame(math, document.getCategory().load());
            assertEquals(List.of(part), document.getDocumentParts().load());
            assertSame(document, part.getDocument().load());
            assertSame(account, membership.getAccount().load());
            assertSame(math, membership.getCategory().load());

            // update one column of each
            account.setBalance(250);
            root.setName("All of it");
            math.setParentCode("math");
            document.setTitle("Notes, revised");
            part.setBody("Sketch of the engine");
            membership.setRole("editor");
            s.commit();
        }

        try (Session s = orm.openSession()) {
            Account account = s.find(Account.class, accountId);
            assertEquals(250, account.getBalance());
            assertEquals(1, account.getVersion()); // @Version advanced by the update
            assertEquals("All of it", s.find(Category.class, "root").getName());
            assertEquals("math", s.find(Category.class, "math").getParentCode());
            Document document = s.find(Document.class, (Object) HASH.clone());
            assertEquals("Notes, revised", document.getTitle());
            assertArrayEquals(HASH, document.getHash());
            assertEquals("Sketch of the engine", s.find(DocumentPart.class, partId).getBody());
            assertEquals("editor", s.find(Membership.class, accountId, "math").getRole());

            // delete every row, children first
            s.remove(s.find(DocumentPart.class, partId));
            s.remove(s.find(Membership.class, accountId, "math"));
            s.remove(document);
            s.remove(s.find(Category.class, "math"));
            s.remove(s.find(Category.class, "root"));
            s.remove(account);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            for (Class<?> type : List.of(Account.class, Category.class, Document.class, DocumentPart.class, Membership.class)) {
                assertEquals(0, s.from(type).count(), type.getSimpleName());
            }
        }
    }

    private static List<String> codes(List<Category> categories) {
        return categories.stream().map(Category::getCode).sorted().toList();
    }
}
