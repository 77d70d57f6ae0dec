package dev.metalorm.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Error messages from real drivers against the local servers (MariaDB on 3306, PostgreSQL on 5432);
 * a server that does not answer skips its tests, or fails them with METALORM_TEST_DB_REQUIRED=true.
 */
class ConnectionErrorsTest {

    private static String messageOf(String url, String user, String password) {
        try (Connection ignored = ReversePipeline.driverManager(url, user, password)) {
            return fail("connected to " + url);
        } catch (SQLException e) {
            return ConnectionErrors.translate(e, url, user, password).getMessage();
        }
    }

    private static void requireServer(int port) {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        boolean required = "true".equalsIgnoreCase(System.getenv("METALORM_TEST_DB_REQUIRED"));
        if (required && !up) {
            fail("no database server on 127.0.0.1:" + port);
        }
        assumeTrue(up, "no database server on 127.0.0.1:" + port);
    }

    @Test
    void wrongCredentialsOnMariaDb() {
        requireServer(3306);
        String message = messageOf("jdbc:mysql://127.0.0.1:3306/", "nosuchuser", "secret");
        assertThat(message).isEqualTo("Cannot connect to jdbc:mysql://127.0.0.1:3306/ as \"nosuchuser\": authentication failed"
                + " for user \"nosuchuser\". Check metalorm.user/password or metalorm.serverId.");
        assertThat(message).doesNotContain("secret");
    }

    @Test
    void wrongCredentialsOnPostgres() {
        requireServer(5432);
        String message = messageOf("jdbc:postgresql://127.0.0.1:5432/postgres?password=secret", "nosuchuser", "secret");
        assertThat(message).isEqualTo("Cannot connect to jdbc:postgresql://127.0.0.1:5432/postgres?password=**** as \"nosuchuser\":"
                + " authentication failed for user \"nosuchuser\". Check metalorm.user/password or metalorm.serverId.");
    }

    /** Issue 16 item 9: a ; is part of a MySQL or PostgreSQL password, so the whole value is masked. */
    @Test
    void passwordWithSemicolonInTheUrl() {
        requireServer(3306);
        assertThat(messageOf("jdbc:mysql://127.0.0.1:3306/?user=nosuchuser&password=Sec;ret99&useSSL=false", null, null))
                .isEqualTo("Cannot connect to jdbc:mysql://127.0.0.1:3306/?user=nosuchuser&password=****&useSSL=false:"
                        + " authentication failed for user \"null\". Check metalorm.user/password or metalorm.serverId.");
        requireServer(5432);
        assertThat(messageOf("jdbc:postgresql://127.0.0.1:5432/postgres?user=nosuchuser&password=Sec;ret99&ssl=false", null, null))
                .isEqualTo("Cannot connect to jdbc:postgresql://127.0.0.1:5432/postgres?user=nosuchuser&password=****&ssl=false:"
                        + " authentication failed for user \"null\". Check metalorm.user/password or metalorm.serverId.");
    }

    /** Connector/J quotes the authority of a URL it cannot parse: the password in it is masked there too. */
    @Test
    void driverQuotingTheUrlShowsNoPassword() {
        String message = messageOf("jdbc:mysql://app:p@ss@127.0.0.1:3306/shop", null, null);
        // Connector/J gives the malformed URL SQLState 08001, hence "host unreachable"
        assertThat(message).isEqualTo("Cannot connect to jdbc:mysql://app:****@127.0.0.1:3306/shop: host unreachable (Malformed"
                + " database URL, failed to parse the URL authority segment 'app:****@127.0.0.1:3306'). Check metalorm.url and"
                + " that the database server is running and accepts connections.");
    }

    @Test
    void unreachableHost() {
        String message = messageOf("jdbc:mysql://127.0.0.1:1/x?password=secret", "app", "secret");
        assertThat(message).startsWith("Cannot connect to jdbc:mysql://127.0.0.1:1/x?password=****: host unreachable (")
                .endsWith("). Check metalorm.url and that the database server is running and accepts connections.")
                .doesNotContain("secret").doesNotContain("\n");

        assertThat(messageOf("jdbc:postgresql://127.0.0.1:1/x", "app", "secret"))
                .startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/x: host unreachable (")
                .doesNotContain("secret");
    }

    @Test
    void unknownDatabaseOnPostgres() {
        requireServer(5432);
        assertThat(messageOf("jdbc:postgresql://127.0.0.1:5432/metalorm_no_such_db", "postgres", ""))
                .isEqualTo("Cannot connect to jdbc:postgresql://127.0.0.1:5432/metalorm_no_such_db as \"postgres\":"
                        + " database \"metalorm_no_such_db\" does not exist. Check the database name in metalorm.url.");
    }

    @Test
    void unknownDatabaseOnMariaDb() {
        requireServer(3306);
        assertThat(messageOf("jdbc:mysql://127.0.0.1:3306/metalorm_no_such_db?useSSL=false", "root", ""))
                .isEqualTo("Cannot connect to jdbc:mysql://127.0.0.1:3306/metalorm_no_such_db?useSSL=false as \"root\":"
                        + " database \"metalorm_no_such_db\" does not exist. Check the database name in metalorm.url.");
    }

    @Test
    void noDriverForUrl() {
        assertThat(messageOf("jdbc:oracle:thin:@db:1521/x?password=secret", "app", "secret"))
                .isEqualTo("Cannot connect to jdbc:oracle:thin:@db:1521/x?password=****: no JDBC driver accepts this URL."
                        + " The plugin carries drivers for MySQL/MariaDB (jdbc:mysql:), PostgreSQL (jdbc:postgresql:)"
                        + " and H2 (jdbc:h2:): check metalorm.url.");
    }

    @Test
    void unknownFailureKeepsDriverTextWithoutPassword() {
        SQLException e = new SQLException("weird failure for hunter2\n at line 2", "HY000", 1);
        assertThat(ConnectionErrors.translate(e, "jdbc:h2:mem:x", "sa", "hunter2").getMessage())
                .isEqualTo("Cannot connect to jdbc:h2:mem:x as \"sa\": weird failure for **** at line 2."
                        + " Check metalorm.url, metalorm.user and metalorm.password.");
    }

    @Test
    void databaseNameFromUrl() {
        assertThat(ConnectionErrors.databaseName("jdbc:mysql://h:3306/shop?x=1")).isEqualTo("shop");
        assertThat(ConnectionErrors.databaseName("jdbc:postgresql://h/shop")).isEqualTo("shop");
        assertThat(ConnectionErrors.databaseName("jdbc:mysql://h:3306/")).isNull();
        assertThat(ConnectionErrors.databaseName("jdbc:h2:mem:x")).isNull();
    }
}
