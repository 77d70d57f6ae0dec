package it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.e2e.Account;
import com.acme.e2e.Ticket;
import com.acme.e2e.TicketNote;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.query.Where;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, MariaDB's column types through generated entities: a BIGINT UNSIGNED AUTO_INCREMENT key past
 * Long.MAX_VALUE (BigInteger) with a child that refers to it, INT UNSIGNED above Integer.MAX_VALUE (Long), a SET
 * with two members, BIT(12), YEAR and JSON. Each row is inserted, read back equal, found by
 * {@code where(eq(...))} on every column, updated, read back equal again, its relations loaded, and deleted.
 */
class ColumnTypesTest {
    /** The entities this test covers beside the shared ones ({@link EndToEndTest#theTestsCoverEveryGeneratedEntity}). */
    static final List<String> ENTITIES = List.of("Ticket", "TicketNote");
    /** schema.sql starts tickets' AUTO_INCREMENT there, past Long.MAX_VALUE. */
    private static final BigInteger FIRST_ID = new BigInteger("18446744073709551600");

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(Rows.entityClasses()).build();

    @Test
    void everyColumnTypeRoundTripsIsFoundByEqualityUpdatesAndDeletes() throws Exception {
        Integer accountId;
        BigInteger ticketId;
        Long noteId;
        Map<String, String> inserted;
        Map<String, String> insertedNote;
        Map<String, String> insertedBare;
        try (Session s = orm.openSession()) {
            Account account = new Account();
            account.setEmail("grace@example.com");
            s.persist(account);
            s.flush();
            accountId = account.getId();
            Ticket ticket = new Ticket();
            ticket.setAccountId(accountId);
            ticket.setPermissions("read,admin");
            ticket.setViews(4_000_000_000L);
            ticket.setFlags(new byte[] {0x0A, (byte) 0xAA});
            ticket.setOpened(2024);
            ticket.setPayload("{\"a\": [1, null], \"b\": \"x\"}");
            s.persist(ticket);
            // only what is required: the defaults (read back by the BigInteger key) and NULLs of every type
            Ticket bare = new Ticket();
            bare.setAccountId(accountId);
            s.persist(bare);
            // the child gets the parent's generated BigInteger key in the same flush
            TicketNote note = new TicketNote();
            note.setBody("first");
            ticket.getTicketNotes().add(note);
            s.commit();
            ticketId = ticket.getId();
            noteId = note.getId();
            assertEquals(FIRST_ID, ticketId);
            assertEquals(ticketId, note.getTicketId());
            Rows.assertFilledIn(ticket);
            assertEquals(FIRST_ID.add(BigInteger.ONE), bare.getId());
            assertEquals("read", bare.getPermissions());
            assertEquals(0L, bare.getViews());
            Rows.assertFilledIn(bare);
            insertedBare = Rows.columns(bare);
            inserted = Rows.columns(ticket);
            insertedNote = Rows.columns(note);
        }
        assertEquals("read,admin", column("SELECT permissions FROM tickets WHERE id = " + FIRST_ID));
        assertEquals("101010101010", column("SELECT BIN(flags) FROM tickets WHERE id = " + FIRST_ID));
        assertEquals("18446744073709551600", column("SELECT ticket_id FROM ticket_notes"));

        try (Session s = orm.openSession()) {
            Ticket ticket = s.find(Ticket.class, ticketId);
            TicketNote note = s.find(TicketNote.class, noteId);
            assertEquals(inserted, Rows.columns(ticket));
            assertEquals(insertedNote, Rows.columns(note));
            Ticket bare = s.find(Ticket.class, FIRST_ID.add(BigInteger.ONE));
            assertEquals(insertedBare, Rows.columns(bare));
            for (String nullable : List.of("flags", "opened", "payload")) {
                assertEquals("null", insertedBare.get(nullable), nullable);
            }
            Rows.assertFoundByEveryColumn(s, bare, Set.of());
            assertArrayEquals(new byte[] {0x0A, (byte) 0xAA}, ticket.getFlags());
            assertEquals(4_000_000_000L, ticket.getViews());

            Rows.assertFoundByEveryColumn(s, ticket, Set.of());
            Rows.assertFoundByEveryColumn(s, note, Set.of());
            // a SET compares as its text, the members in the column's declared order (README, column types)
            assertEquals(List.of(), s.from(Ticket.class).where(Where.eq("permissions", "admin,read")).list());

            // every relation
            Account account = s.find(Account.class, accountId);
            assertSame(account, ticket.getAccount().load());
            assertEquals(Set.of(ticket, bare), Set.copyOf(account.getTickets().load()));
            assertTrue(bare.getTicketNotes().load().isEmpty());
            assertEquals(List.of(note), ticket.getTicketNotes().load());
            assertSame(ticket, note.getTicket().load());

            // update every column of the type
            ticket.setPermissions("write");
            ticket.setViews(4_294_967_295L);
            ticket.setFlags(new byte[] {0x0F, (byte) 0xFF});
            ticket.setOpened(1999);
            ticket.setPayload(null);
            note.setBody("second");
            inserted = Rows.columns(ticket);
            insertedNote = Rows.columns(note);
            s.commit();
        }

        try (Session s = orm.openSession()) {
            Ticket ticket = s.find(Ticket.class, ticketId);
            TicketNote note = s.find(TicketNote.class, noteId);
            assertEquals(inserted, Rows.columns(ticket));
            assertEquals(insertedNote, Rows.columns(note));
            assertNull(ticket.getPayload());
            Rows.assertFoundByEveryColumn(s, ticket, Set.of());

            s.remove(note);
            s.remove(ticket);
            s.remove(s.find(Ticket.class, FIRST_ID.add(BigInteger.ONE)));
            s.remove(s.find(Account.class, accountId));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertEquals(0, s.from(Account.class).where(Where.eq("id", accountId)).count());
            assertEquals(0, s.from(Ticket.class).count());
            assertEquals(0, s.from(TicketNote.class).count());
        }
    }

    private static String column(String sql) throws SQLException {
        try (Connection c = new ItDataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
