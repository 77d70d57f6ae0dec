package dev.metalorm.bench.relations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Plain objects for the hand-written JDBC floor. */
final class JdbcGraph {
    private JdbcGraph() {
    }

    static final class User {
        final int id;
        final String email;
        final LocalDateTime createdAt;
        final List<Post> posts = new ArrayList<>(10);
        final List<Role> roles = new ArrayList<>(3);

        User(int id, String email, LocalDateTime createdAt) {
            this.id = id;
            this.email = email;
            this.createdAt = createdAt;
        }
    }

    static final class Post {
        final int id;
        final String title;
        final String content;
        final int userId;

        Post(int id, String title, String content, int userId) {
            this.id = id;
            this.title = title;
            this.content = content;
            this.userId = userId;
        }
    }

    static final class Role {
        final int id;
        final String name;

        Role(int id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
