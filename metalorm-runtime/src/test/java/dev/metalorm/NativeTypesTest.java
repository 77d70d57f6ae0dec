package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.EnumValue;
import dev.metalorm.annotation.Id;
import dev.metalorm.query.Where;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Issue 11 item 5 and issue 16 item 3: columns JDBC's plain binding does not reach, bound as their
 * declared {@code sqlType} says: PostgreSQL enum types, inet, cidr, macaddr, point, interval, money,
 * tsvector, uuid as String, arrays; MySQL/MariaDB ENUM and SET; BIT(n) on both.
 */
class NativeTypesTest {
    public enum Mood {
        @EnumValue("happy") HAPPY,
        @EnumValue("so-so") SO_SO,
        @EnumValue("sad") SAD
    }

    @Entity("pg_natives")
    public static class PgNative {
        @Id @Column(name = "id") Integer id;
        @Column(name = "mood", sqlType = "mood") Mood mood;
        @Column(name = "addr", sqlType = "inet") String addr;
        @Column(name = "net", sqlType = "cidr") String net;
        @Column(name = "mac", sqlType = "macaddr") String mac;
        @Column(name = "spot", sqlType = "point") String spot;
        @Column(name = "span", sqlType = "interval") String span;
        @Column(name = "price", sqlType = "money") String price;
        @Column(name = "words", sqlType = "tsvector") String words;
        @Column(name = "ref", sqlType = "uuid") String ref;
        @Column(name = "ints", sqlType = "int4[]") Integer[] ints;
        @Column(name = "names", sqlType = "_text") String[] names;
        @Column(name = "flag", sqlType = "bit(1)") Boolean flag;
        @Column(name = "bits", sqlType = "bit(8)") byte[] bits;
        @Column(name = "bits12", sqlType = "bit(12)") byte[] bits12;
        @Column(name = "vbits", sqlType = "varbit(64)") byte[] vbits;
    }

    static final String REF = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @AllDatabases(DatabaseKind.POSTGRES)
    void postgresNativeTypesRoundTripAndCompare(TestDatabase db) throws Exception {
        db.execute("CREATE TYPE mood AS ENUM ('happy', 'so-so', 'sad')",
                "CREATE TABLE pg_natives (id INT PRIMARY KEY, mood mood, addr inet, net cidr, mac macaddr, spot point, "
                        + "span interval, price money, words tsvector, ref uuid, ints int4[], names text[], flag bit(1), "
                        + "bits bit(8), bits12 bit(12), vbits varbit(64))",
                "SET lc_monetary = 'C'");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(PgNative.class).build();
        PgNative full = new PgNative();
        full.id = 1;
        full.mood = Mood.SO_SO;
        full.addr = "192.168.0.1";
        full.net = "10.1.0.0/16";
        full.mac = "08:00:2b:01:02:03";
        full.spot = "(1.5,-2)";
        full.span = "1 day 02:03:04";
        full.price = "12.34";
        full.words = "fat cat";
        full.ref = REF;
        full.ints = new Integer[] {3, 1, null, 2};
        full.names = new String[] {"a", "b c", "ü"};
        full.flag = true;
        full.bits = new byte[] {(byte) 0xAA};
        full.bits12 = new byte[] {0x0A, (byte) 0xAA};
        full.vbits = new byte[] {0x01, 0x02, 0x03};
        PgNative empty = new PgNative();
        empty.id = 2;
        try (Session s = orm.openSession()) {
            s.persist(full);
            s.persist(empty);
            s.commit();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT mood::text, addr::text, net::text, mac::text, span::text, ref::text, "
                     + "array_to_string(ints, ',', 'null'), names[2], flag::text, bits::text, bits12::text, vbits::text, "
                     + "price::numeric, words::text FROM pg_natives WHERE id = 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("so-so");
            assertThat(rs.getString(2)).isEqualTo("192.168.0.1/32");
            assertThat(rs.getString(3)).isEqualTo("10.1.0.0/16");
            assertThat(rs.getString(4)).isEqualTo("08:00:2b:01:02:03");
            assertThat(rs.getString(5)).isEqualTo("1 day 02:03:04");
            assertThat(rs.getString(6)).isEqualTo(REF);
            assertThat(rs.getString(7)).isEqualTo("3,1,null,2");
            assertThat(rs.getString(8)).isEqualTo("b c");
            assertThat(rs.getString(9)).isEqualTo("1");
            assertThat(rs.getString(10)).as("b'10101010'").isEqualTo("10101010");
            assertThat(rs.getString(11)).isEqualTo("101010101010");
            assertThat(rs.getString(12)).isEqualTo("000000010000001000000011");
            assertThat(rs.getBigDecimal(13)).isEqualByComparingTo("12.34");
            assertThat(rs.getString(14)).isEqualTo("'cat' 'fat'");
        }
        try (Session s = orm.openSession()) {
            PgNative read = s.find(PgNative.class, 1);
            assertThat(read.mood).isEqualTo(Mood.SO_SO);
            assertThat(read.addr).isEqualTo("192.168.0.1");
            assertThat(read.net).isEqualTo("10.1.0.0/16");
            assertThat(read.mac).isEqualTo("08:00:2b:01:02:03");
            assertThat(read.spot).isEqualTo("(1.5,-2)");
            assertThat(read.span).isEqualTo("1 day 02:03:04");
            assertThat(read.ref).isEqualTo(REF);
            assertThat(read.ints).containsExactly(3, 1, null, 2);
            assertThat(read.names).containsExactly("a", "b c", "ü");
            assertThat(read.flag).isTrue();
            assertThat(read.bits).containsExactly(0xAA);
            assertThat(read.bits12).containsExactly(0x0A, 0xAA);
            assertThat(read.vbits).containsExactly(1, 2, 3);
            PgNative nulls = s.find(PgNative.class, 2);
            assertThat(nulls.mood).isNull();
            assertThat(nulls.ints).isNull();
            assertThat(nulls.bits).isNull();
            assertThat(nulls.flag).isNull();

            // values are compared as the column's type: untyped text in where(eq/in/ne)
            assertThat(s.from(PgNative.class).where(Where.eq("mood", Mood.SO_SO)).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("mood", "so-so")).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.in("mood", List.of(Mood.HAPPY, Mood.SO_SO))).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("addr", "192.168.0.1")).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.in("mac", List.of("08:00:2b:01:02:03", "08:00:2b:01:02:04"))).list())
                    .containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("ref", REF)).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("span", "26:03:04")).list()).as("interval equality").containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("bits", new byte[] {(byte) 0xAA})).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("flag", true)).list()).containsExactly(read);
            assertThat(s.from(PgNative.class).where(Where.eq("ints", new Integer[] {3, 1, null, 2})).list()).containsExactly(read);

            // an UPDATE binds the same way
            read.mood = Mood.SAD;
            read.addr = "::1";
            read.ints = new Integer[] {7};
            read.bits = new byte[] {0x0F};
            read.flag = false;
            nulls.mood = Mood.HAPPY;
            s.commit();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT mood::text, addr::text, ints[1], bits::text, flag::text FROM pg_natives ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("sad");
            assertThat(rs.getString(2)).isEqualTo("::1/128");
            assertThat(rs.getInt(3)).isEqualTo(7);
            assertThat(rs.getString(4)).isEqualTo("00001111");
            assertThat(rs.getString(5)).isEqualTo("0");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("happy");
        }
        db.execute("ALTER TYPE mood ADD VALUE 'ecstatic'", "UPDATE pg_natives SET mood = 'ecstatic' WHERE id = 2");
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.find(PgNative.class, 2))
                    .hasMessageContaining("Column mood holds \"ecstatic\", which is not a value of enum " + Mood.class.getName())
                    .hasMessageContaining("\"happy\", \"so-so\", \"sad\"");
        }
    }

    @Entity("my_natives")
    public static class MyNative {
        @Id @Column(name = "id") Integer id;
        @Column(name = "mood", sqlType = "enum('happy','so-so','sad')") Mood mood;
        /** A SET as MySQL spells it: the members comma-separated, in the order the column declares them. */
        @Column(name = "perms", sqlType = "set('read','write','admin')") String perms;
        @Column(name = "flag", sqlType = "bit(1)") Boolean flag;
        @Column(name = "bits", sqlType = "bit(8)") byte[] bits;
        @Column(name = "bits12", sqlType = "bit(12)") byte[] bits12;
    }

    @AllDatabases(DatabaseKind.MYSQL)
    void mysqlEnumSetAndBitRoundTripAndCompare(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE my_natives (id INT PRIMARY KEY, mood ENUM('happy','so-so','sad'), "
                + "perms SET('read','write','admin'), flag BIT(1), bits BIT(8), bits12 BIT(12))");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(MyNative.class).build();
        MyNative full = new MyNative();
        full.id = 1;
        full.mood = Mood.SO_SO;
        full.perms = "write,read";
        full.flag = true;
        full.bits = new byte[] {(byte) 0xAA};
        full.bits12 = new byte[] {0x0A, (byte) 0xAA};
        MyNative empty = new MyNative();
        empty.id = 2;
        empty.flag = false;
        try (Session s = orm.openSession()) {
            s.persist(full);
            s.persist(empty);
            s.commit();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT mood, perms, BIN(flag), BIN(bits), BIN(bits12) FROM my_natives WHERE id = 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("so-so");
            assertThat(rs.getString(2)).isEqualTo("read,write");
            assertThat(rs.getString(3)).isEqualTo("1");
            assertThat(rs.getString(4)).as("b'10101010'").isEqualTo("10101010");
            assertThat(rs.getString(5)).isEqualTo("101010101010");
        }
        try (Session s = orm.openSession()) {
            MyNative read = s.find(MyNative.class, 1);
            assertThat(read.mood).isEqualTo(Mood.SO_SO);
            assertThat(read.perms).isEqualTo("read,write");
            assertThat(read.flag).isTrue();
            assertThat(read.bits).containsExactly(0xAA);
            assertThat(read.bits12).containsExactly(0x0A, 0xAA);
            assertThat(s.find(MyNative.class, 2).flag).isFalse();
            assertThat(s.from(MyNative.class).where(Where.eq("mood", Mood.SO_SO)).list()).containsExactly(read);
            assertThat(s.from(MyNative.class).where(Where.eq("bits", new byte[] {(byte) 0xAA})).list()).containsExactly(read);
            assertThat(s.from(MyNative.class).where(Where.eq("flag", true)).list()).containsExactly(read);
            read.mood = Mood.HAPPY;
            read.bits = new byte[] {0x0F};
            s.commit();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT mood, BIN(bits) FROM my_natives WHERE id = 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("happy");
            assertThat(rs.getString(2)).isEqualTo("1111");
        }
        db.execute("ALTER TABLE my_natives MODIFY mood ENUM('happy','so-so','sad','ecstatic')",
                "UPDATE my_natives SET mood = 'ecstatic' WHERE id = 2");
        try (Session s = orm.openSession()) {
            assertThatThrownBy(() -> s.find(MyNative.class, 2))
                    .hasMessageContaining("Column mood holds \"ecstatic\", which is not a value of enum " + Mood.class.getName());
        }
    }

    @Entity("h2_natives")
    public static class H2Native {
        @Id @Column(name = "id") Integer id;
        @Column(name = "mood") Mood mood;
        @Column(name = "ints") Integer[] ints;
        @Column(name = "names") String[] names;
    }

    @AllDatabases(DatabaseKind.H2)
    void h2EnumAndArraysRoundTrip(TestDatabase db) {
        db.execute("CREATE TABLE h2_natives (id INT PRIMARY KEY, mood ENUM('happy','so-so','sad'), ints INTEGER ARRAY, "
                + "names CHARACTER VARYING ARRAY)");
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(H2Native.class).build();
        try (Session s = orm.openSession()) {
            H2Native n = new H2Native();
            n.id = 1;
            n.mood = Mood.SO_SO;
            n.ints = new Integer[] {1, 2};
            n.names = new String[] {"x", null};
            s.persist(n);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            H2Native read = s.find(H2Native.class, 1);
            assertThat(read.mood).isEqualTo(Mood.SO_SO);
            assertThat(read.ints).containsExactly(1, 2);
            assertThat(read.names).containsExactly("x", null);
            assertThat(s.from(H2Native.class).where(Where.eq("mood", Mood.SO_SO)).list()).containsExactly(read);
            read.ints = new Integer[] {3};
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertThat(s.find(H2Native.class, 1).ints).containsExactly(3);
        }
    }
}
