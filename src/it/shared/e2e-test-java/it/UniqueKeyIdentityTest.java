package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.e2e.CountryCode;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.annotation.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a table without a primary key but with a unique key of NOT NULL columns is generated with that key as
 * its {@code @Id}, so its rows are found by it, updated and deleted like any entity's (not read-only).
 */
class UniqueKeyIdentityTest {
    static final List<String> ENTITIES = List.of("CountryCode");

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(Rows.entityClasses()).build();

    @Test
    void rowsAreFoundUpdatedAndDeletedByTheUniqueKey() throws Exception {
        assertTrue(Rows.columnFieldNamed(CountryCode.class, "iso").isAnnotationPresent(Id.class));
        try (Session s = orm.openSession()) {
            CountryCode nl = new CountryCode();
            nl.setIso("NL");
            nl.setName("Holland");
            s.persist(nl);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            CountryCode nl = s.find(CountryCode.class, "NL");
            assertEquals("Holland", nl.getName());
            assertSame(nl, s.find(CountryCode.class, "NL"), "one instance per key");
            nl.setName("Netherlands");
            s.commit();
        }
        try (Session s = orm.openSession()) {
            CountryCode nl = s.find(CountryCode.class, "NL");
            assertEquals("Netherlands", nl.getName());
            s.remove(nl);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertNull(s.find(CountryCode.class, "NL"));
        }
    }
}
