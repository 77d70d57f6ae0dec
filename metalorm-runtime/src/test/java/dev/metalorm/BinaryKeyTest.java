package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.query.Where;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import dev.metalorm.support.CountingDataSource;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.DatabaseKind;
import dev.metalorm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** Issue 11 item 2: VARBINARY / BYTEA primary keys, compared by content wherever the session compares keys. */
class BinaryKeyTest {
    @Entity("blobs")
    public static class Blob {
        @Id @Column(name = "digest") byte[] digest;
        @Column(name = "name") String name;
        @HasMany(foreignKey = "blob_digest") HasManyCollection<Chunk> chunks;
        @BelongsToMany(target = Label.class, pivotTable = BlobLabel.class, pivotForeignKeyToRoot = "blob_digest",
                pivotForeignKeyToTarget = "label_id") ManyToManyCollection<Label> labels;
    }

    @Entity("chunks")
    public static class Chunk {
        @Id @Column(name = "id") Integer id;
        @Column(name = "blob_digest") byte[] blobDigest;
        @Column(name = "seq") Integer seq;
        @BelongsTo(foreignKey = "blob_digest") BelongsToReference<Blob> blob;
    }

    @Entity("labels")
    public static class Label {
        @Id @Column(name = "id") Integer id;
        @Column(name = "name") String name;
    }

    @Entity("blob_labels")
    public static class BlobLabel {
        @Id @Column(name = "blob_digest") byte[] blobDigest;
        @Id @Column(name = "label_id") Integer labelId;
    }

    static final byte[] A = {0x00, 0x01, (byte) 0xfe, (byte) 0xff};
    static final byte[] B = {0x7f, 0x00, 0x00, 0x10};

    static void createTables(TestDatabase db) {
        String bin = switch (db.kind()) {
            case POSTGRES -> "BYTEA";
            default -> "VARBINARY(16)";
        };
        db.execute("CREATE TABLE blobs (digest " + bin + " PRIMARY KEY, name VARCHAR(20))",
                "CREATE TABLE chunks (id INT PRIMARY KEY, blob_digest " + bin + " NOT NULL, seq INT, "
                        + "FOREIGN KEY (blob_digest) REFERENCES blobs (digest))",
                "CREATE TABLE labels (id INT PRIMARY KEY, name VARCHAR(20))",
                "CREATE TABLE blob_labels (blob_digest " + bin + " NOT NULL, label_id INT NOT NULL, "
                        + "PRIMARY KEY (blob_digest, label_id), FOREIGN KEY (blob_digest) REFERENCES blobs (digest), "
                        + "FOREIGN KEY (label_id) REFERENCES labels (id))");
        try (Connection c = db.connect()) {
            insert(c, "INSERT INTO blobs (digest, name) VALUES (?, ?)", A, "a");
            insert(c, "INSERT INTO blobs (digest, name) VALUES (?, ?)", B, "b");
            insert(c, "INSERT INTO labels (id, name) VALUES (?, ?)", 1, "red");
            insert(c, "INSERT INTO labels (id, name) VALUES (?, ?)", 2, "blue");
            insert(c, "INSERT INTO chunks (id, blob_digest, seq) VALUES (?, ?, ?)", 10, A, 0);
            insert(c, "INSERT INTO chunks (id, blob_digest, seq) VALUES (?, ?, ?)", 11, A, 1);
            insert(c, "INSERT INTO chunks (id, blob_digest, seq) VALUES (?, ?, ?)", 12, B, 0);
            insert(c, "INSERT INTO blob_labels (blob_digest, label_id) VALUES (?, ?)", A, 1);
            insert(c, "INSERT INTO blob_labels (blob_digest, label_id) VALUES (?, ?)", A, 2);
            insert(c, "INSERT INTO blob_labels (blob_digest, label_id) VALUES (?, ?)", B, 2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof byte[] b) {
                    ps.setBytes(i + 1, b);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
            ps.executeUpdate();
        }
    }

    @AllDatabases
    void twoFindsOfOneBinaryKeyGiveOneInstance(TestDatabase db) {
        createTables(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).entities(Blob.class, Chunk.class, Label.class, BlobLabel.class).build();
        try (Session s = orm.openSession()) {
            Blob first = s.find(Blob.class, (Object) A.clone());
            assertThat(first.name).isEqualTo("a");
            counting.reset();
            assertThat(s.find(Blob.class, (Object) A.clone())).as("another array with the same bytes").isSameAs(first);
            assertThat(counting.statements()).as("the identity map answers").isZero();
            assertThat(s.from(Blob.class).where(Where.eq("digest", A.clone())).list()).containsExactly(first);
            assertThat(s.from(Blob.class).orderBy("name").list()).first().isSameAs(first);
        }
    }

    @AllDatabases
    void includeBelongsToAndThePivotMatchBinaryKeysByContent(TestDatabase db) {
        createTables(db);
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        MetalOrm orm = MetalOrm.builder(counting).entities(Blob.class, Chunk.class, Label.class, BlobLabel.class).build();
        try (Session s = orm.openSession()) {
            counting.reset();
            List<Blob> blobs = s.from(Blob.class).include("chunks", "labels").orderBy("name").list();
            assertThat(counting.statements()).as("blobs, chunks, labels through the pivot").isEqualTo(3);
            assertThat(blobs).extracting(b -> b.name).containsExactly("a", "b");
            Blob a = blobs.get(0);
            Blob b = blobs.get(1);
            assertThat(a.chunks.getItems()).extracting(c -> c.id).containsExactly(10, 11);
            assertThat(b.chunks.getItems()).extracting(c -> c.id).containsExactly(12);
            assertThat(a.labels.getItems()).extracting(l -> l.name).containsExactly("red", "blue");
            assertThat(b.labels.getItems()).extracting(l -> l.name).containsExactly("blue");
            // every chunk's belongsTo resolves to its blob from the session, without a query
            for (Chunk c : a.chunks.getItems()) {
                assertThat(c.blob.load()).isSameAs(a);
            }
            assertThat(b.chunks.getItems().get(0).blob.load()).isSameAs(b);
            assertThat(counting.statements()).isEqualTo(3);
        }
        try (Session s = orm.openSession()) {
            // from the child side: belongsTo loading for chunks read first
            List<Chunk> chunks = s.from(Chunk.class).include("blob").orderBy("id").list();
            assertThat(chunks.get(0).blob.load()).isSameAs(chunks.get(1).blob.load());
            assertThat(chunks.get(0).blob.load().name).isEqualTo("a");
            assertThat(chunks.get(2).blob.load().name).isEqualTo("b");
            assertThat(s.find(Blob.class, (Object) B.clone())).isSameAs(chunks.get(2).blob.load());
        }
    }

    @AllDatabases
    void binaryKeysWriteAndDetachThroughThePivot(TestDatabase db) throws Exception {
        createTables(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(Blob.class, Chunk.class, Label.class, BlobLabel.class).build();
        byte[] c = {1, 2, 3};
        try (Session s = orm.openSession()) {
            Blob blob = new Blob();
            blob.digest = c.clone();
            blob.name = "c";
            s.persist(blob);
            blob.labels.attach(1);
            Chunk chunk = new Chunk();
            chunk.id = 20;
            chunk.seq = 0;
            blob.chunks.add(chunk);
            Blob a = s.find(Blob.class, (Object) A.clone());
            a.labels.detach(2);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Blob blob = s.from(Blob.class).include("labels", "chunks").where(Where.eq("digest", c.clone())).list().get(0);
            assertThat(blob.labels.getItems()).extracting(l -> l.name).containsExactly("red");
            assertThat(blob.chunks.getItems()).extracting(ch -> ch.id).containsExactly(20);
            Blob a = s.find(Blob.class, (Object) A.clone());
            a.labels.load();
            assertThat(a.labels.getItems()).extracting(l -> l.name).containsExactly("red");
            blob.name = "renamed";
            s.commit();
        }
        try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement("SELECT name FROM blobs WHERE digest = ?")) {
            ps.setBytes(1, c);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("renamed");
            }
        }
        if (db.kind() == DatabaseKind.MYSQL) {
            // MariaDB pads nothing in VARBINARY: the key is exactly the bytes written
            try (Connection conn = db.connect(); var st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT HEX(digest) FROM blobs WHERE name = 'renamed'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("010203");
            }
        }
    }
}
