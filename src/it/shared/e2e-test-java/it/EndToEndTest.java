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
import dev.metalorm.annotation.Column;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, end to end: in the IT project, against the entities metalorm:reverse generated from a schema made
 * for this (defaults of every kind, computed columns, a NOT NULL self-reference, a binary primary key with a
 * child, a junction with payload), every generated entity gets a row inserted through the runtime, read back
 * equal with the database's defaults filled in, updated, its relations loaded, and deleted.
 */
class EndToEndTest {
    private static final byte[] HASH = {0x00, 0x7f, (byte) 0x80, (byte) 0xff, 0x10};

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource())
            .entities(Account.class, Category.class, Document.class, DocumentPart.class, Membership.class)
            .build();

    /** The test below covers every entity reverse generated: a new table in the schema must be added to it. */
    @Test
    void theTestCoversEveryGeneratedEntity() {
        File dir = new File("target/classes/com/acme/e2e");
        TreeSet<String> entities = new TreeSet<>();
        for (String name : dir.list()) {
            if (name.endsWith(".class") && !name.endsWith("Base.class") && !name.contains("$")) {
                entities.add(name.substring(0, name.length() - ".class".length()));
            }
        }
        assertEquals(new TreeSet<>(List.of("Account", "Category", "Document", "DocumentPart", "Membership")), entities);
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
                assertFilledIn(entity);
                inserted.put(label(entity), columns(entity));
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
                assertEquals(inserted.get(label(entity)), columns(entity), label(entity));
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

    private static String label(Object entity) throws IllegalAccessException {
        return entity.getClass().getSimpleName() + " " + columns(entity).entrySet().stream()
                .filter(e -> !e.getKey().equals("version")).findFirst().map(Map.Entry::getValue).orElse("");
    }

    /** Every column the database fills in (hasDefault) or computes (readOnly) holds a value after the flush. */
    private static void assertFilledIn(Object entity) throws IllegalAccessException {
        for (Class<?> c = entity.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column != null && (column.hasDefault() || column.readOnly())) {
                    f.setAccessible(true);
                    assertNotNull(f.get(entity), entity.getClass().getSimpleName() + "." + f.getName());
                }
            }
        }
    }

    /** Every mapped column of an entity by field name, as text (byte arrays by content). */
    private static Map<String, String> columns(Object entity) throws IllegalAccessException {
        Map<String, String> values = new TreeMap<>();
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity.getClass(); c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        for (Field f : fields) {
            if (f.isAnnotationPresent(Column.class)) {
                f.setAccessible(true);
                Object v = f.get(entity);
                values.put(f.getName(), v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v));
            }
        }
        return values;
    }
}
