package dev.metalorm.bench.relations;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.metalorm.MetalOrm;
import dev.metalorm.bench.CountingDataSource;
import dev.metalorm.bench.Databases;
import dev.metalorm.bench.relations.hb.HPost;
import dev.metalorm.bench.relations.hb.HRole;
import dev.metalorm.bench.relations.hb.HUser;
import dev.metalorm.bench.relations.mo.MUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * One database with 1,000 users, 10 posts each and 3 roles each through the users_roles pivot
 * (10 roles), and the three contenders built on the same pooled DataSource.
 */
public final class RelationFixture implements AutoCloseable {
    public static final int USERS = 1000;
    public static final int POSTS_PER_USER = 10;
    public static final int ROLES = 10;
    public static final int ROLES_PER_USER = 3;
    static final String CONTENT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua.";

    /** Hibernate logs through JBoss Logging to java.util.logging; held here, as JUL keeps loggers weakly. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    final String db;
    final String name;
    final HikariDataSource pool;
    final DataSource dataSource;
    final CountingDataSource counting;
    final MetalOrm orm;
    final SessionFactory hibernate;
    /** The IN-list size of MetalORM's dialect, used by the hand-written JDBC too (same SQL). */
    final int batchSize;

    /**
     * @param db {@code h2} or {@code mariadb}
     * @param counting whether every contender goes through a {@link CountingDataSource} (counting pass only)
     */
    public RelationFixture(String db, boolean counting) throws SQLException {
        this.db = db;
        this.name = "mbench_rel_" + ProcessHandle.current().pid();
        String url;
        switch (db) {
            case "h2" -> url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE";
            case "mariadb" -> {
                Databases.createMariadb(name);
                url = Databases.mariadb(name, "rewriteBatchedStatements=true");
            }
            default -> throw new IllegalArgumentException("db must be h2 or mariadb: " + db);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(2);
        config.setPoolName(name);
        this.pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection()) {
            create(c, db);
            seed(c);
        }
        this.counting = counting ? new CountingDataSource(pool) : null;
        this.dataSource = counting ? this.counting : pool;
        this.orm = MetalOrm.builder(dataSource).entities(MUser.class).build();
        this.batchSize = db.equals("h2") ? 500 : 1000;
        this.hibernate = hibernate(dataSource, db);
    }

    private static SessionFactory hibernate(DataSource ds, String db) {
        Configuration cfg = new Configuration().addAnnotatedClass(HUser.class).addAnnotatedClass(HPost.class)
                .addAnnotatedClass(HRole.class);
        dev.metalorm.bench.HibernateSetup.common(cfg, ds, db);
        cfg.setProperty("hibernate.default_batch_fetch_size", "1000");
        return cfg.buildSessionFactory();
    }

    private static void create(Connection c, String db) throws SQLException {
        String ts = db.equals("mariadb") ? "DATETIME(6)" : "TIMESTAMP";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, created_at " + ts + ")");
            s.execute("CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(200), content TEXT, user_id INT NOT NULL, "
                    + "FOREIGN KEY (user_id) REFERENCES users (id))");
            s.execute("CREATE TABLE roles (id INT PRIMARY KEY, name VARCHAR(100))");
            s.execute("CREATE TABLE users_roles (user_id INT NOT NULL, role_id INT NOT NULL, assigned_at " + ts + ", "
                    + "PRIMARY KEY (user_id, role_id), FOREIGN KEY (user_id) REFERENCES users (id), "
                    + "FOREIGN KEY (role_id) REFERENCES roles (id))");
            if (db.equals("h2")) {
                // MariaDB indexes foreign keys itself; H2 does too, but make the pivot's reverse key explicit
                s.execute("CREATE INDEX users_roles_role ON users_roles (role_id)");
            }
        }
    }

    private static void seed(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        try (PreparedStatement u = c.prepareStatement("INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= USERS; i++) {
                u.setInt(1, i);
                u.setString(2, "user" + i + "@example.com");
                u.setTimestamp(3, at);
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement r = c.prepareStatement("INSERT INTO roles (id, name) VALUES (?, ?)")) {
            for (int i = 1; i <= ROLES; i++) {
                r.setInt(1, i);
                r.setString(2, "role " + i);
                r.addBatch();
            }
            r.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO posts (id, title, content, user_id) VALUES (?, ?, ?, ?)")) {
            int id = 0;
            // interleaved by user, as posts written over time would be
            for (int k = 0; k < POSTS_PER_USER; k++) {
                for (int user = 1; user <= USERS; user++) {
                    p.setInt(1, ++id);
                    p.setString(2, "Post " + id + " of user " + user);
                    p.setString(3, CONTENT);
                    p.setInt(4, user);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        try (PreparedStatement ur = c.prepareStatement("INSERT INTO users_roles (user_id, role_id, assigned_at) VALUES (?, ?, ?)")) {
            for (int user = 1; user <= USERS; user++) {
                for (int k = 0; k < ROLES_PER_USER; k++) {
                    ur.setInt(1, user);
                    ur.setInt(2, (user + k * 3) % ROLES + 1);
                    ur.setTimestamp(3, at);
                    ur.addBatch();
                }
            }
            ur.executeBatch();
        }
        c.commit();
        c.setAutoCommit(auto);
        if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")
                || c.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE users, posts, roles, users_roles");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        hibernate.close();
        if (db.equals("h2")) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
        }
        pool.close();
        if (db.equals("mariadb")) {
            Databases.dropMariadb(name);
        }
    }
}
