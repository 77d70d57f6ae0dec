package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.acme.model.Post;
import com.acme.model.Role;
import com.acme.model.User;
import com.acme.model.UserRole;
import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import dev.metalorm.query.Where;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs in each reverse IT project against the entities `metalorm:reverse` generated there: the
 * generated code must not only compile but work with the runtime. The database ({@link ItDataSource})
 * holds the example schema with its sample rows.
 */
class GeneratedEntitiesTest {
    private static final LocalDateTime ASSIGNED = LocalDateTime.of(2026, 2, 1, 10, 30);

    private final MetalOrm orm = MetalOrm.builder(new ItDataSource())
            .entities(User.class, Post.class, Role.class, UserRole.class)
            .build();

    @Test
    void generatedEntitiesReadRelationsAndWritePivotRowsWithPayload() {
        Integer linusId;
        Integer authorId;
        try (Session s = orm.openSession()) {
            User ada = s.from(User.class).where(Where.eq("email", "ada@example.com")).first().orElseThrow();
            assertEquals(List.of("Notes"), ada.getPosts().load().stream().map(Post::getTitle).toList());
            assertEquals("First programmer.", ada.getProfile().load().getBio());
            assertSame(ada, ada.getPosts().getItems().get(0).getUser().load());

            Role admin = s.from(Role.class).where(Where.eq("name", "admin")).first().orElseThrow();
            assertEquals(List.of("Ada"), admin.getUsers().load().stream().map(User::getName).toList());

            User linus = s.from(User.class).where(Where.eq("name", "Linus")).first().orElseThrow();
            Role author = s.from(Role.class).where(Where.eq("name", "author")).first().orElseThrow();
            linus.getRoles().attach(author, Map.of("assigned_at", ASSIGNED));
            linus.getRoles().attach(author, Map.of("assigned_at", ASSIGNED));
            s.commit();
            linusId = linus.getId();
            authorId = author.getId();
        }
        try (Session s = orm.openSession()) {
            UserRole link = s.find(UserRole.class, linusId, authorId);
            assertEquals(ASSIGNED, link.getAssignedAt());
            List<User> users = s.from(User.class).include("posts", "roles").orderBy("id").list();
            assertEquals(List.of("Ada:[admin]:1", "Linus:[author]:0"), users.stream()
                    .map(u -> u.getName() + ":" + u.getRoles().getItems().stream().map(Role::getName).toList()
                            + ":" + u.getPosts().getItems().size())
                    .toList());
            s.from(User.class).where(Where.eq("id", linusId)).first().orElseThrow().getRoles().detach(authorId);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            assertEquals(1, s.from(UserRole.class).count());
        }
    }

    /** A new object's relations work before persist (issue 11 item 8): the generated getters make unattached wrappers. */
    @Test
    void newObjectsTakeTheirRelationsBeforePersist() {
        try (Session s = orm.openSession()) {
            User grace = new User();
            grace.setName("Grace");
            grace.setEmail("grace@example.com");
            Post compilers = new Post();
            compilers.setTitle("Compilers");
            compilers.setPublished(false); // NOT NULL DEFAULT FALSE: left out of the INSERT only once the plugin renders hasDefault
            compilers.getUser().set(grace);
            Post cobol = new Post();
            cobol.setTitle("COBOL");
            cobol.setPublished(false);
            grace.getPosts().add(cobol);
            s.persist(compilers); // grace comes along through the reference, cobol through her posts
            s.flush();
            assertEquals(grace.getId(), compilers.getUserId());
            assertEquals(grace.getId(), cobol.getUserId());
            assertEquals(2L, s.sql("SELECT COUNT(*) FROM posts WHERE user_id = ?", grace.getId()).scalar(Long.class).longValue());
            s.rollback(); // the other test counts the sample rows
        }
    }
}
