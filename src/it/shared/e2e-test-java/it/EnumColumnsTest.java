package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.e2e.Account;
import com.acme.e2e.Incident;
import com.acme.e2e.IncidentState;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.annotation.EnumValue;
import dev.metalorm.query.Where;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5 through generated code: a PostgreSQL enum type / a MySQL ENUM column becomes a Java enum with the
 * catalog's labels in order ({@code 'in progress'} as {@code @EnumValue("in progress") IN_PROGRESS}); the entity
 * inserts it (and its default), reads it back, finds by it, updates and deletes it. The same test on both databases:
 * the generated API is the same. (PostgreSQL's second column of the type shares the enum: e2e-verify.groovy.)
 */
class EnumColumnsTest {
    static final List<String> ENTITIES = List.of("Incident");

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(Rows.entityClasses()).build();

    @Test
    void enumColumnsRoundTripThroughTheGeneratedEnum() throws Exception {
        assertEquals(List.of("OPEN", "IN_PROGRESS", "CLOSED"), Arrays.stream(IncidentState.values()).map(Enum::name).toList());
        assertEquals("in progress", IncidentState.class.getField("IN_PROGRESS").getAnnotation(EnumValue.class).value());
        Integer accountId;
        Integer id;
        Integer bareId;
        try (Session s = orm.openSession()) {
            Account account = new Account();
            account.setEmail("ada@example.com");
            s.persist(account);
            s.flush();
            accountId = account.getId();
            Incident incident = new Incident();
            incident.setAccountId(accountId);
            incident.setState(IncidentState.IN_PROGRESS);
            s.persist(incident);
            Incident bare = new Incident();
            bare.setAccountId(accountId);
            s.persist(bare);
            s.commit();
            id = incident.getId();
            bareId = bare.getId();
            assertEquals(IncidentState.OPEN, bare.getState(), "the database default, read back");
        }
        assertEquals("in progress", text("SELECT state FROM incidents WHERE id = " + id), "stored as the label");
        try (Session s = orm.openSession()) {
            Incident incident = s.find(Incident.class, id);
            Incident bare = s.find(Incident.class, bareId);
            assertEquals(IncidentState.IN_PROGRESS, incident.getState());
            assertEquals(IncidentState.OPEN, bare.getState());
            assertEquals(List.of(incident), s.from(Incident.class).where(Where.eq("state", IncidentState.IN_PROGRESS)).list());
            assertEquals(List.of(bare), s.from(Incident.class).where(Where.eq("state", IncidentState.OPEN)).list());
            incident.setState(IncidentState.CLOSED);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Incident incident = s.find(Incident.class, id);
            assertEquals(IncidentState.CLOSED, incident.getState());
            assertEquals(accountId, incident.getAccount().load().getId());
            assertTrue(s.find(Account.class, accountId).getIncidents().load().contains(incident));
            s.remove(incident);
            s.remove(s.find(Incident.class, bareId));
            s.remove(s.find(Account.class, accountId));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertEquals(0, s.from(Incident.class).count());
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection c = new ItDataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
