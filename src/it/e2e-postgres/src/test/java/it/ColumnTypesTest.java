package it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.e2e.Account;
import com.acme.e2e.Device;
import com.acme.e2e.DeviceLogin;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.query.Where;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, PostgreSQL's column types through generated entities: inet (IPv6), cidr, integer[] and text[] with a
 * NULL element, interval, point, money, tsvector, jsonb and uuid (a uuid primary key with a child, a uuid with a
 * database default). Each row is inserted, read back equal, found by {@code where(eq(...))} on every column,
 * updated, read back equal again, its relations loaded, and deleted.
 */
class ColumnTypesTest {
    /** The entities this test covers beside the shared ones ({@link EndToEndTest#theTestsCoverEveryGeneratedEntity}). */
    static final List<String> ENTITIES = List.of("Device", "DeviceLogin");
    private static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    /** A device with only what is required: the defaults and NULLs of every type. */
    private static final UUID BARE = UUID.fromString("00000000-0000-0000-0000-0000000000ff");
    /** point has no = operator: {@code where(eq("location", …))} is refused by the server (README, column types). */
    private static final Set<String> NO_EQUALITY = Set.of("location");

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(Rows.entityClasses()).build();

    @Test
    void everyColumnTypeRoundTripsIsFoundByEqualityUpdatesAndDeletes() throws Exception {
        // money reads back in the server's lc_monetary format ($1,234.50 here): the test writes that form
        String price = text("SELECT CAST(1234.5 AS money)::text");
        String cheaper = text("SELECT CAST(0.99 AS money)::text");
        Integer accountId;
        UUID loginId;
        Map<String, String> inserted;
        Map<String, String> insertedLogin;
        Map<String, String> insertedBare;
        try (Session s = orm.openSession()) {
            Account account = new Account();
            account.setEmail("grace@example.com");
            s.persist(account);
            s.flush();
            accountId = account.getId();
            Device device = new Device();
            device.setId(ID);
            device.setAccountId(accountId);
            device.setAddress("2001:db8::1");
            device.setNetwork("10.1.0.0/16");
            device.setPorts(new Integer[] {22, null, 443});
            device.setTags(new String[] {"edge", null, "a,b \"c\" {d}", ""});
            device.setUptime("1 day 02:03:04");
            device.setLocation("(1.5,-2)");
            device.setPrice(price);
            device.setKeywords("'cat' 'fat'");
            device.setSettings("{\"a\": [1, null], \"b\": \"x\"}");
            s.persist(device);
            Device bare = new Device();
            bare.setId(BARE);
            bare.setAccountId(accountId);
            bare.setAddress("10.0.0.1");
            s.persist(bare);
            DeviceLogin login = new DeviceLogin();
            login.setDeviceId(ID);
            login.setSource("::ffff:10.0.0.1");
            s.persist(login);
            s.commit();
            loginId = login.getId();
            assertNotNull(loginId);
            // the database's defaults: a uuid from gen_random_uuid(), an interval
            assertNotNull(device.getSerial());
            assertEquals("00:00:01", login.getTook());
            assertArrayEquals(new Integer[0], bare.getPorts());
            assertEquals("{}", bare.getSettings());
            assertNotNull(bare.getSerial());
            assertNotEquals(device.getSerial(), bare.getSerial());
            Rows.assertFilledIn(bare);
            insertedBare = Rows.columns(bare);
            Rows.assertFilledIn(device);
            Rows.assertFilledIn(login);
            inserted = Rows.columns(device);
            insertedLogin = Rows.columns(login);
        }
        // what the database stored, read as its own types
        assertEquals(List.of("2001:db8::1/128", "6", "10.1.0.0/16", "22,NULL,443", "4", "true", "a,b \"c\" {d}", "0", "true",
                        "true", "1234.50", "cat fat", "x", "true", "true"),
                row("SELECT address::cidr::text, family(address)::text, network::text, array_to_string(ports, ',', 'NULL'), "
                        + "cardinality(tags)::text, (tags[2] IS NULL)::text, tags[3], length(tags[4])::text, "
                        + "(uptime = interval '26:03:04')::text, (location ~= point '(1.5,-2)')::text, (price::numeric)::text, "
                        + "array_to_string(tsvector_to_array(keywords), ' '), settings->>'b', (settings->'a'->1 = 'null'::jsonb)::text, "
                        + "(serial IS NOT NULL)::text FROM devices WHERE id = '" + ID + "'"));

        try (Session s = orm.openSession()) {
            Device device = s.find(Device.class, ID);
            DeviceLogin login = s.find(DeviceLogin.class, loginId);
            assertEquals(inserted, Rows.columns(device));
            assertEquals(insertedLogin, Rows.columns(login));
            Device bare = s.find(Device.class, BARE);
            assertEquals(insertedBare, Rows.columns(bare));
            for (String nullable : List.of("network", "tags", "uptime", "location", "price", "keywords")) {
                assertEquals("null", insertedBare.get(nullable), nullable);
            }
            assertArrayEquals(new Integer[] {22, null, 443}, device.getPorts());
            assertArrayEquals(new String[] {"edge", null, "a,b \"c\" {d}", ""}, device.getTags());
            assertEquals("1 day 02:03:04", device.getUptime());
            assertEquals("2001:db8::1", device.getAddress());

            Rows.assertFoundByEveryColumn(s, device, NO_EQUALITY);
            Rows.assertFoundByEveryColumn(s, bare, NO_EQUALITY);
            Rows.assertFoundByEveryColumn(s, login, Set.of());
            assertEquals(List.of(bare), s.from(Device.class).where(Where.eq("ports", new Integer[0])).list());
            // compared as the column's type, not as text
            assertEquals(List.of(device), s.from(Device.class).where(Where.eq("uptime", "26:03:04")).list());
            assertEquals(List.of(device), s.from(Device.class).where(Where.eq("address", "2001:0db8:0:0::1")).list());
            assertEquals(List.of(device), s.from(Device.class).where(Where.eq("settings", "{\"b\":\"x\",\"a\":[1,null]}")).list());
            // point has no =: raw SQL with its "same as" operator finds the row
            assertEquals(List.of(device), s.sql("SELECT * FROM devices WHERE location ~= CAST(? AS point)", "(1.5,-2)").list(Device.class));

            // every relation
            Account account = s.find(Account.class, accountId);
            assertSame(account, device.getAccount().load());
            assertEquals(Set.of(device, bare), Set.copyOf(account.getDevices().load()));
            assertTrue(bare.getDeviceLogins().load().isEmpty());
            assertEquals(List.of(login), device.getDeviceLogins().load());
            assertSame(device, login.getDevice().load());

            // update every column of the type
            device.setSerial(UUID.fromString("00000000-0000-0000-0000-000000000001"));
            device.setAddress("192.168.0.1/24");
            device.setNetwork("2001:db8::/32");
            device.setPorts(new Integer[] {8080});
            device.setTags(null);
            device.setUptime("3 days 00:00:00.5");
            device.setLocation("(0,0)");
            device.setPrice(cheaper);
            device.setKeywords("'dog'");
            device.setSettings("{}");
            login.setSource("fe80::1");
            login.setTook("-00:00:02");
            inserted = Rows.columns(device);
            insertedLogin = Rows.columns(login);
            s.commit();
        }

        try (Session s = orm.openSession()) {
            Device device = s.find(Device.class, ID);
            DeviceLogin login = s.find(DeviceLogin.class, loginId);
            assertEquals(inserted, Rows.columns(device));
            assertEquals(insertedLogin, Rows.columns(login));
            assertNull(device.getTags());
            assertEquals(List.of("192.168.0.1/24", "2001:db8::/32", "8080", "true", "true", "0.99", "true", "fe80::1/128", "-00:00:02"),
                    row("SELECT d.address::text, d.network::text, array_to_string(d.ports, ','), (d.tags IS NULL)::text, "
                            + "(d.uptime = interval '72:00:00.5')::text, (d.price::numeric)::text, (d.settings = '{}'::jsonb)::text, "
                            + "l.source::cidr::text, l.took::text FROM devices d JOIN device_logins l ON l.device_id = d.id"));
            Rows.assertFoundByEveryColumn(s, device, NO_EQUALITY);
            Rows.assertFoundByEveryColumn(s, login, Set.of());
            assertTrue(s.from(Device.class).where(Where.eq("price", price)).list().isEmpty());

            s.remove(login);
            s.remove(device);
            s.remove(s.find(Device.class, BARE));
            s.remove(s.find(Account.class, accountId));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertEquals(0, s.from(Account.class).where(Where.eq("id", accountId)).count());
            assertEquals(0, s.from(Device.class).count());
            assertEquals(0, s.from(DeviceLogin.class).count());
            // a failed statement clears the session, so this comes last
            assertThrows(RuntimeException.class, () -> s.from(Device.class).where(Where.eq("location", "(1.5,-2)")).list(),
                    "point = point does not exist");
        }
    }

    private static List<String> row(String sql) throws SQLException {
        try (Connection c = new ItDataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getString(i));
            }
            return values;
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = new ItDataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
