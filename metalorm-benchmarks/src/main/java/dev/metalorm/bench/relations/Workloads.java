package dev.metalorm.bench.relations;

import dev.metalorm.Session;
import dev.metalorm.bench.relations.hb.HPost;
import dev.metalorm.bench.relations.hb.HRole;
import dev.metalorm.bench.relations.hb.HUser;
import dev.metalorm.bench.relations.mo.MPost;
import dev.metalorm.bench.relations.mo.MRole;
import dev.metalorm.bench.relations.mo.MUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Transaction;

/**
 * One operation each: open a session (or connection), load the 1,000 users with their posts and
 * roles, walk the whole graph, give the connection back. Each returns the same checksum of the graph.
 */
public final class Workloads {
    private Workloads() {
    }

    public static final List<String> NAMES = List.of("jdbcHandWritten", "metalormInclude", "metalormLazyLoad",
            "hibernateBatchFetch");

    public static long run(String name, RelationFixture f) throws SQLException {
        return switch (name) {
            case "jdbcHandWritten" -> jdbcHandWritten(f);
            case "metalormInclude" -> metalormInclude(f);
            case "metalormLazyLoad" -> metalormLazyLoad(f);
            case "hibernateBatchFetch" -> hibernateBatchFetch(f);
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static long metalormInclude(RelationFixture f) {
        try (Session s = f.orm.openSession()) {
            List<MUser> users = s.from(MUser.class).include("posts", "roles").orderBy("id").list();
            return checksumMetalorm(users);
        }
    }

    public static long metalormLazyLoad(RelationFixture f) {
        try (Session s = f.orm.openSession()) {
            List<MUser> users = s.from(MUser.class).orderBy("id").list();
            // one load() fills the relation of every user in the session
            users.get(0).getPosts().load();
            users.get(0).getRoles().load();
            return checksumMetalorm(users);
        }
    }

    private static long checksumMetalorm(List<MUser> users) {
        long sum = users.size();
        for (MUser u : users) {
            sum += 31L * u.getId() + u.getEmail().length() + u.getCreatedAt().getSecond();
            for (MPost p : u.getPosts().getItems()) {
                sum += p.getId() + p.getTitle().length() + p.getContent().length();
            }
            for (MRole r : u.getRoles().getItems()) {
                sum += 7L * r.getId() + r.getName().length();
            }
        }
        return sum;
    }

    public static long hibernateBatchFetch(RelationFixture f) {
        try (org.hibernate.Session s = f.hibernate.openSession()) {
            Transaction tx = s.beginTransaction();
            try {
                List<HUser> users = s.createSelectionQuery("from HUser u order by u.id", HUser.class).getResultList();
                long sum = users.size();
                for (HUser u : users) {
                    sum += 31L * u.getId() + u.getEmail().length() + u.createdAt().getSecond();
                    for (HPost p : u.getPosts()) {
                        sum += p.getId() + p.getTitle().length() + p.getContent().length();
                    }
                    for (HRole r : u.getRoles()) {
                        sum += 7L * r.getId() + r.getName().length();
                    }
                }
                return sum;
            } finally {
                tx.rollback();
            }
        }
    }

    static final String USERS_SQL = "SELECT id, email, created_at FROM users ORDER BY id";
    static final String POSTS_SQL = "SELECT id, title, content, user_id FROM posts WHERE user_id IN (%s) ORDER BY id";
    static final String ROLES_SQL = "SELECT t.id, t.name, p.user_id, p.role_id, p.assigned_at FROM roles t "
            + "JOIN users_roles p ON p.role_id = t.id WHERE p.user_id IN (%s) ORDER BY t.id";

    /**
     * The floor: the same three statements MetalORM issues (IN lists of the dialect's batch size),
     * in the same kind of transaction, read into plain objects with a map per relation.
     */
    public static long jdbcHandWritten(RelationFixture f) throws SQLException {
        try (Connection c = f.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<JdbcGraph.User> users = new ArrayList<>(RelationFixture.USERS);
                Map<Integer, JdbcGraph.User> byId = new HashMap<>(2 * RelationFixture.USERS);
                try (PreparedStatement ps = c.prepareStatement(USERS_SQL); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JdbcGraph.User u = new JdbcGraph.User(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDateTime.class));
                        users.add(u);
                        byId.put(u.id, u);
                    }
                }
                Map<Integer, JdbcGraph.Role> roles = new HashMap<>();
                for (int from = 0; from < users.size(); from += f.batchSize) {
                    List<JdbcGraph.User> batch = users.subList(from, Math.min(users.size(), from + f.batchSize));
                    String marks = marks(batch.size());
                    try (PreparedStatement ps = c.prepareStatement(String.format(POSTS_SQL, marks))) {
                        bind(ps, batch);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                JdbcGraph.Post p = new JdbcGraph.Post(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                                byId.get(p.userId).posts.add(p);
                            }
                        }
                    }
                }
                for (int from = 0; from < users.size(); from += f.batchSize) {
                    List<JdbcGraph.User> batch = users.subList(from, Math.min(users.size(), from + f.batchSize));
                    try (PreparedStatement ps = c.prepareStatement(String.format(ROLES_SQL, marks(batch.size())))) {
                        bind(ps, batch);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                int id = rs.getInt(1);
                                JdbcGraph.Role r = roles.get(id);
                                if (r == null) {
                                    r = new JdbcGraph.Role(id, rs.getString(2));
                                    roles.put(id, r);
                                }
                                rs.getObject(5, LocalDateTime.class); // the pivot payload, read as MetalORM reads it
                                byId.get(rs.getInt(3)).roles.add(r);
                            }
                        }
                    }
                }
                long sum = users.size();
                for (JdbcGraph.User u : users) {
                    sum += 31L * u.id + u.email.length() + u.createdAt.getSecond();
                    for (JdbcGraph.Post p : u.posts) {
                        sum += p.id + p.title.length() + p.content.length();
                    }
                    for (JdbcGraph.Role r : u.roles) {
                        sum += 7L * r.id + r.name.length();
                    }
                }
                return sum;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static String marks(int n) {
        StringBuilder b = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.toString();
    }

    private static void bind(PreparedStatement ps, List<JdbcGraph.User> batch) throws SQLException {
        for (int i = 0; i < batch.size(); i++) {
            ps.setInt(i + 1, batch.get(i).id);
        }
    }
}
