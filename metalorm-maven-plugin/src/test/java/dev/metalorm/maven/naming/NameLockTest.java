package dev.metalorm.maven.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.maven.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameLockTest {
    private static final String HASH = "3f7a000000000000000000000000000000000000000000000000000000000001";

    static NameLock blogLock() {
        NamedModel model = LockedNamingTest.name(LockedNamingTest.before(), NameLock.EMPTY);
        return NameLock.of(model, List.of(new NameLock.UserClassLock("users", "com/example/model/User.java", HASH)));
    }

    @Test
    void formatIsSortedOneLinePerDecision() {
        assertThat(blogLock().format()).isEqualTo(NameLock.HEADER + """
                column messages.body = body : varchar
                column messages.id = id : integer not null auto pk
                column messages.sender_id = senderId : integer not null
                column posts.id = id : integer not null auto pk
                column posts.title = title : varchar
                column posts.user_id = userId : integer not null
                column roles.id = id : integer not null auto pk
                column roles.name = name : varchar
                column users.id = id : integer not null auto pk
                column users.name = name : varchar
                column users_roles.role_id = roleId : integer not null pk
                column users_roles.user_id = userId : integer not null pk
                relation messages(sender_id)->users = sender : belongsTo users
                relation posts(user_id)->users = user : belongsTo users
                relation roles<-users_roles(role_id) = userRoles : hasMany users_roles
                relation roles<-users_roles(role_id)->users(user_id) = users : belongsToMany users
                relation users<-messages(sender_id) = messages : hasMany messages
                relation users<-posts(user_id) = posts : hasMany posts
                relation users<-users_roles(user_id) = userRoles : hasMany users_roles
                relation users<-users_roles(user_id)->roles(role_id) = roles : belongsToMany roles
                relation users_roles(role_id)->roles = role : belongsTo roles
                relation users_roles(user_id)->users = user : belongsTo users
                table messages = Message
                table posts = Post
                table roles = Role
                table users = User
                table users_roles = UserRole
                userclass users = com/example/model/User.java 3f7a000000000000000000000000000000000000000000000000000000000001
                """);
    }

    @Test
    void parseReadsWhatFormatWrote() {
        NameLock lock = blogLock();
        NameLock read = NameLock.parse(lock.format().replace("\n", "\r\n") + "\n# a comment\n\n", "metalorm.lock");
        assertThat(read.format()).isEqualTo(lock.format());
        assertThat(read.relations().get("users<-messages(sender_id)"))
                .isEqualTo(new NameLock.RelationLock("users", "users<-messages(sender_id)", "messages", "hasMany", "messages"));
        assertThat(read.userClasses().get("users").sha256()).isEqualTo(HASH);
    }

    @Test
    void oddDatabaseNamesAreEscapedAndRoundTrip() {
        assertThat(NameLock.escape("order items.v2 (old)")).isEqualTo("order%20items%2Ev2%20%28old%29");
        assertThat(NameLock.escape("größe=1%")).isEqualTo("größe%3D1%25");
        assertThat(NameLock.unescape(NameLock.escape("a b\tc.d:e#f<g>h,i(j)"))).isEqualTo("a b\tc.d:e#f<g>h,i(j)");
        NameLock lock = NameLock.parse("table order%20items = OrderItem\ncolumn order%20items.unit%2Eprice = unitPrice : decimal(10,2)\n", "x");
        assertThat(lock.classes()).containsEntry("order items", "OrderItem");
        assertThat(lock.field("order items", "unit.price")).isEqualTo("unitPrice");
    }

    @Test
    void aLineThatIsNotUnderstoodNamesTheLineAndWhatToDo() {
        assertThatThrownBy(() -> NameLock.parse("# header\ntable users = User\ncolumn users.name = 2name : varchar\n", "metalorm.lock"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("metalorm.lock line 3 is not understood (2name is not a Java identifier): \"column users.name = 2name : varchar\"."
                        + " Fix the line or delete it (its name is then chosen again), or set metalorm.lockFile to another file.");
        assertThatThrownBy(() -> NameLock.parse("index users = x\n", "metalorm.lock"))
                .hasMessageContaining("(unknown kind index; expected table, column, relation, userclass or inferred)");
        assertThatThrownBy(() -> NameLock.parse("inferred posts(user_id)->users = 0.80\n", "metalorm.lock"))
                .hasMessage("metalorm.lock line 1 is not understood (expected inferred <table>(<columns>)-><table>(<columns>) = <confidence>):"
                        + " \"inferred posts(user_id)->users = 0.80\". Fix the line or delete it (its name is then chosen again),"
                        + " or set metalorm.lockFile to another file.");
        assertThatThrownBy(() -> NameLock.parse("relation users<-posts(user_id) = posts : hasLots posts\n", "metalorm.lock"))
                .hasMessageContaining("(unknown relation kind hasLots)");
    }

    @Test
    void inferredKeysRoundTripEscapedAndSorted() {
        NameLock lock = NameLock.EMPTY.withInferredKeys(java.util.List.of(
                new NameLock.InferredKeyLock("wp_posts", java.util.List.of("post_author"), "wp_users", java.util.List.of("ID"), "0.70"),
                new NameLock.InferredKeyLock("odd table", java.util.List.of("a(b)"), "t.x", java.util.List.of("id"), "1.00")));
        String text = lock.format();
        assertThat(text).endsWith("inferred odd%20table(a%28b%29)->t%2Ex(id) = 1.00\ninferred wp_posts(post_author)->wp_users(ID) = 0.70\n");
        NameLock parsed = NameLock.parse(text, "metalorm.lock");
        assertThat(parsed).isEqualTo(lock);
        assertThat(parsed.inferredKeys().values()).extracting(NameLock.InferredKeyLock::owner, NameLock.InferredKeyLock::columns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("odd table", java.util.List.of("a(b)")),
                        org.assertj.core.groups.Tuple.tuple("wp_posts", java.util.List.of("post_author")));
        assertThat(parsed.keepingOutOfScope(NameLock.EMPTY, t -> true)).isEqualTo(lock);
        assertThat(NameLock.EMPTY.keepingOutOfScope(lock, t -> !t.equals("wp_users")).inferredKeys()).containsOnlyKeys(
                "wp_posts(post_author)->wp_users(ID)");
    }

    @Test
    void outOfScopeEntriesOfThePreviousLockAreKeptDroppedOnesGo() {
        NameLock previous = blogLock();
        NameLock current = NameLock.parse("table users = User\n", "x");
        NameLock merged = current.keepingOutOfScope(previous, table -> !table.equals("roles"));
        assertThat(merged.classes()).containsOnlyKeys("roles", "users");
        assertThat(merged.relations()).containsOnlyKeys("roles<-users_roles(role_id)", "roles<-users_roles(role_id)->users(user_id)",
                "users<-users_roles(user_id)->roles(role_id)", "users_roles(role_id)->roles");
        assertThat(merged.columns()).containsOnlyKeys("roles.id", "roles.name");
        assertThat(merged.userClasses()).isEmpty();
    }
}
