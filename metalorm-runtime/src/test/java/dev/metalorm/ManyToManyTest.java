package dev.metalorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.example.Role;
import dev.metalorm.example.User;
import dev.metalorm.example.UserRole;
import dev.metalorm.support.Bulk;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

class ManyToManyTest {
    @AllDatabases
    void syncByIdsReadsOnceAndWritesOnlyTheDifference(TestDatabase db) {
        ExampleSchema.create(db);
        Bulk.insert(db, "INSERT INTO users (id, email) VALUES (?, ?)", 1, i -> List.of(1, "u@x"));
        Bulk.insert(db, "INSERT INTO roles (id, name) VALUES (?, ?)", 5, i -> List.of(i + 1, "r" + (i + 1)));
        Bulk.insert(db, "INSERT INTO users_roles (user_id, role_id) VALUES (?, ?)", 2, i -> List.of(1, i + 1));
        StatementLog log = new StatementLog();
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).statementListener(log).build();
        try (Session s = orm.openSession()) {
            User u = s.find(User.class, 1);
            log.clear();
            u.getRoles().syncByIds(List.of(2, 3, 4, 5));
            assertThat(log.only("SELECT")).as("the links, then the roles to link").hasSize(2);
            assertThat(u.getRoles().getItems()).extracting(Role::getName).containsExactly("r2", "r3", "r4", "r5");
            u.getRoles().attach(3);
            u.getRoles().attach(s.find(Role.class, 4), Map.of("assigned_at", LocalDateTime.of(2020, 1, 1, 0, 0)));
            log.clear();
            s.commit();
            assertThat(log.only("DELETE")).hasSize(1);
            assertThat(log.only("INSERT")).as("one batch of the three new links").hasSize(1);
            assertThat(log.count()).isEqualTo(2);
            assertThatThrownBy(() -> u.getRoles().attach(99))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot attach to users.roles of users[1]: there is no roles row with [id] = [99].");
            assertThatThrownBy(() -> u.getRoles().attach(1, Map.of("assigned", "x")))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Pivot table users_roles of users.roles of users[1] has no column \"assigned\"; its columns are "
                            + "[user_id, role_id, assigned_at]");
        }
        assertThat(Dump.tables(db, "users_roles:role_id")).containsExactly(
                "users_roles(user_id=1, role_id=2, assigned_at=null)",
                "users_roles(user_id=1, role_id=3, assigned_at=null)",
                "users_roles(user_id=1, role_id=4, assigned_at=null)",
                "users_roles(user_id=1, role_id=5, assigned_at=null)");
    }

    @AllDatabases
    void theOtherSideSeesTheSameLinksAndRemovingATargetDropsItsLinks(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@x");
            User bob = new User("bob@x");
            Role admin = new Role("admin");
            s.persist(ann);
            s.persist(bob);
            ann.getRoles().attach(admin, Map.of("assigned_at", LocalDateTime.of(2021, 2, 3, 4, 5)));
            bob.getRoles().attach(admin);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Role admin = s.find(Role.class, 1);
            assertThat(admin.getUsers().load()).extracting(User::getEmail).containsExactly("ann@x", "bob@x");
            User ann = admin.getUsers().getItems().get(0);
            assertThat(admin.getUsers().pivotValues(ann)).containsEntry("assigned_at", LocalDateTime.of(2021, 2, 3, 4, 5));
            UserRole link = s.find(UserRole.class, 1, 1);
            assertThat(link.getRole().load()).isSameAs(admin);
            assertThat(link.getUser().load()).isSameAs(ann);
            s.remove(admin);
            s.commit();
        }
        assertThat(Dump.count(db, "users_roles")).isZero();
        assertThat(Dump.count(db, "roles")).isZero();
        assertThat(Dump.count(db, "users")).isEqualTo(2);
    }

    @AllDatabases
    void linksOfAnOwnerRemovedInTheSameFlushAreNotWritten(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@x");
            Role admin = new Role("admin");
            Role editor = new Role("editor");
            s.persist(ann);
            s.persist(admin);
            s.persist(editor);
            ann.getRoles().attach(admin);
            s.commit();
            ann.getRoles().attach(editor);
            User bob = new User("bob@x");
            s.persist(bob);
            bob.getRoles().attach(admin);
            s.remove(admin);
            s.remove(ann);
            s.commit();
        }
        assertThat(Dump.tables(db, "users:id", "roles:id", "users_roles:user_id")).containsExactly(
                "users(id=2, email=bob@x, created_at=null)", "roles(id=2, name=editor)");
    }

    /** Pagila's film_actor: detach a link and attach it again in one flush, with and without new pivot values. */
    @AllDatabases
    void aLinkDetachedAndAttachedAgainKeepsItsRowOrTakesTheNewValues(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        LocalDateTime first = LocalDateTime.of(2021, 2, 3, 4, 5);
        LocalDateTime second = LocalDateTime.of(2000, 1, 1, 0, 0);
        try (Session s = orm.openSession()) {
            User ann = new User("ann@x");
            Role admin = new Role("admin");
            Role editor = new Role("editor");
            s.persist(ann);
            ann.getRoles().attach(admin, Map.of("assigned_at", first));
            ann.getRoles().attach(editor, Map.of("assigned_at", first));
            s.commit();
            // without values: the link is as it was, its pivot values too
            ann.getRoles().detach(admin);
            ann.getRoles().attach(admin);
            assertThat(ann.getRoles().pivotValues(admin)).containsEntry("assigned_at", first);
            // with values: the link is replaced
            ann.getRoles().detach(editor);
            ann.getRoles().attach(editor, Map.of("assigned_at", second));
            assertThat(ann.getRoles().pivotValues(editor)).containsEntry("assigned_at", second);
            s.commit();
        }
        assertThat(Dump.tables(db, "users_roles:role_id")).containsExactly(
                "users_roles(user_id=1, role_id=1, assigned_at=" + first + ")",
                "users_roles(user_id=1, role_id=2, assigned_at=" + second + ")");
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            Role editor = s.find(Role.class, 2);
            assertThat(ann.getRoles().load()).extracting(Role::getName).containsExactlyInAnyOrder("admin", "editor");
            assertThat(ann.getRoles().pivotValues(editor)).containsEntry("assigned_at", second);
            // replaced, then detached before the flush: the link goes
            ann.getRoles().detach(editor);
            ann.getRoles().attach(editor, Map.of("assigned_at", first));
            ann.getRoles().detach(editor);
            s.commit();
        }
        assertThat(Dump.tables(db, "users_roles:role_id")).containsExactly(
                "users_roles(user_id=1, role_id=1, assigned_at=" + first + ")");
    }

    /** Pagila's film_actor removed as an entity: the loaded collections of both sides let go of the link. */
    @AllDatabases
    void removingThePivotRowAsAnEntityTakesTheLinkOutOfLoadedCollections(TestDatabase db) {
        ExampleSchema.create(db);
        MetalOrm orm = MetalOrm.builder(db.dataSource()).entities(User.class).build();
        try (Session s = orm.openSession()) {
            User ann = new User("ann@x");
            s.persist(ann);
            ann.getRoles().attach(new Role("admin"));
            ann.getRoles().attach(new Role("editor"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, 1);
            Role admin = s.find(Role.class, 1);
            assertThat(ann.getRoles().load()).extracting(Role::getName).containsExactly("admin", "editor");
            assertThat(admin.getUsers().load()).containsExactly(ann);
            s.remove(s.find(UserRole.class, 1, 1));
            assertThat(ann.getRoles().getItems()).extracting(Role::getName).containsExactly("editor");
            assertThat(admin.getUsers().getItems()).isEmpty();
            s.commit();
            assertThat(ann.getRoles().getItems()).extracting(Role::getName).containsExactly("editor");
        }
        assertThat(Dump.tables(db, "users_roles:role_id")).containsExactly("users_roles(user_id=1, role_id=2, assigned_at=null)");
    }
}
