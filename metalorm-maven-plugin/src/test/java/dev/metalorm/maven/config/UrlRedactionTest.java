package dev.metalorm.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.ConnectionUrlParser;
import com.mysql.cj.conf.HostInfo;
import com.mysql.cj.exceptions.WrongArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 16 item 9: every secret masked up to where its driver ends it, everything else as written. */
class UrlRedactionTest {

    static Stream<Arguments> urls() {
        return Stream.of(
                // MySQL/MariaDB and PostgreSQL end a parameter at &, never at ;
                row("jdbc:mysql://db:3306/shop?user=app&password=Sec;ret99", "jdbc:mysql://db:3306/shop?user=app&password=****"),
                row("jdbc:mysql://db/shop?password=Sec;ret99&useSSL=false", "jdbc:mysql://db/shop?password=****&useSSL=false"),
                row("jdbc:mariadb://db/shop?user=app&password=Sec;ret99&sslMode=disable",
                        "jdbc:mariadb://db/shop?user=app&password=****&sslMode=disable"),
                row("jdbc:postgresql://db:5432/shop?user=app&password=Sec;ret99&ssl=false",
                        "jdbc:postgresql://db:5432/shop?user=app&password=****&ssl=false"),
                row("jdbc:postgresql://db/shop?user=a&password=secret", "jdbc:postgresql://db/shop?user=a&password=****"),
                // keys without case, pwd, numbered and suffixed passwords; a key that only starts with password is no secret
                row("jdbc:mysql://db/shop?PASSWORD=x&Pwd=y&user=app", "jdbc:mysql://db/shop?PASSWORD=****&Pwd=****&user=app"),
                row("jdbc:mysql://db/shop?password1=a&password2=b&trustCertificateKeyStorePassword=c&passwordCharacterEncoding=UTF-8",
                        "jdbc:mysql://db/shop?password1=****&password2=****&trustCertificateKeyStorePassword=****"
                                + "&passwordCharacterEncoding=UTF-8"),
                row("jdbc:postgresql://db/shop?sslpassword=k3y&sslmode=verify-full", "jdbc:postgresql://db/shop?sslpassword=****&sslmode=verify-full"),
                // Connector/J's sessionVariables holds ; and = of its own: untouched
                row("jdbc:mysql://db/shop?sessionVariables=sql_mode='ANSI';wait_timeout=60&password=Sec;ret99&useSSL=false",
                        "jdbc:mysql://db/shop?sessionVariables=sql_mode='ANSI';wait_timeout=60&password=****&useSSL=false"),
                // percent-encoded values and keys: %26 is no &
                row("jdbc:mysql://db/shop?password=Se%26c%3Bret&useSSL=false", "jdbc:mysql://db/shop?password=****&useSSL=false"),
                row("jdbc:postgresql://db/shop?pass%77ord=x&ssl=false", "jdbc:postgresql://db/shop?pass%77ord=****&ssl=false"),
                // user:password@host
                row("jdbc:mysql://app:secret@db:3306/shop", "jdbc:mysql://app:****@db:3306/shop"),
                row("jdbc:mysql://app:Sec;ret99@db:3306/shop", "jdbc:mysql://app:****@db:3306/shop"),
                row("jdbc:mysql://app:p%40ss@db/shop?useSSL=false", "jdbc:mysql://app:****@db/shop?useSSL=false"),
                row("jdbc:mysql://app:p@ss@db/shop", "jdbc:mysql://app:****@db/shop"),
                row("jdbc:mysql://app:p/w@db/shop", "jdbc:mysql://app:****@db/shop"),
                row("jdbc:mysql://app:pw@[::1]:3306/shop", "jdbc:mysql://app:****@[::1]:3306/shop"),
                row("jdbc:mysql://app@db/shop", "jdbc:mysql://app@db/shop"),
                // several hosts, each with its password
                row("jdbc:mysql://u1:p1@h1,u2:p2@h2:3307/shop", "jdbc:mysql://u1:****@h1,u2:****@h2:3307/shop"),
                // Connector/J's host properties end at , or )
                row("jdbc:mysql://(host=db,port=3306,user=u,password=pa)/shop", "jdbc:mysql://(host=db,port=3306,user=u,password=****)/shop"),
                row("jdbc:mysql://address=(host=db)(password=pb)(port=3306)/shop", "jdbc:mysql://address=(host=db)(password=****)(port=3306)/shop"),
                // H2 ends a setting at ; unless it is escaped as \;
                row("jdbc:h2:mem:x;USER=sa;PASSWORD=secret;MODE=MySQL", "jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=MySQL"),
                row("jdbc:h2:mem:x;USER=sa;PASSWORD=Sec\\;ret99;MODE=MySQL", "jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=MySQL"),
                row("jdbc:h2:tcp://db/~/shop;user=sa;password=x", "jdbc:h2:tcp://db/~/shop;user=sa;password=****"),
                // nothing secret
                row("jdbc:postgresql://db:5432/shop", "jdbc:postgresql://db:5432/shop"),
                row("jdbc:postgresql://[::1]:5432/shop?user=app", "jdbc:postgresql://[::1]:5432/shop?user=app"),
                row("jdbc:h2:mem:demo;INIT=RUNSCRIPT FROM 'classpath:demo.sql'", "jdbc:h2:mem:demo;INIT=RUNSCRIPT FROM 'classpath:demo.sql'"),
                // drivers we do not carry: a secret ends only at & or the end
                row("jdbc:sqlserver://db;user=app;password=Sec;ret99;encrypt=true", "jdbc:sqlserver://db;user=app;password=****"),
                row("jdbc:oracle:thin:@db:1521/x?password=secret", "jdbc:oracle:thin:@db:1521/x?password=****"),
                row("jdbc:oracle:thin:scott/tiger@//db:1521/x", "jdbc:oracle:thin:scott/****@//db:1521/x"),
                // not even a JDBC URL (the message that refuses it shows it)
                row("mysql://app:pw@db/shop?password=x;y", "mysql://app:****@db/shop?password=****"));
    }

    private static Arguments row(String url, String redacted) {
        return Arguments.of(url, redacted);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void redacts(String url, String redacted) {
        assertThat(UrlRedaction.redact(url)).isEqualTo(redacted);
        assertThat(ReverseConfig.redactUrl(url)).isEqualTo(redacted);
    }

    /**
     * The drivers' own reading: every password they find in a URL is one of its {@link UrlRedaction#secrets}, and in
     * the redacted URL they find no password but the mask.
     */
    @Test
    void theDriversReadNoPasswordButTheMask() throws Exception {
        List<String> found = new ArrayList<>();
        for (Arguments row : urls().toList()) {
            String url = (String) row.get()[0];
            List<String> passwords = driverPasswords(url);
            assertThat(UrlRedaction.secrets(url)).as(url).containsAll(passwords);
            assertThat(driverPasswords(UrlRedaction.redact(url))).as(url).allMatch(UrlRedaction.MASK::equals);
            found.addAll(passwords);
        }
        // the values that end where the driver ends them, not where a ; or a %26 stands
        assertThat(found).contains("Sec;ret99", "Se&c;ret", "p@ss", "pa", "pb", "p1", "p2", "k3y", "secret");
    }

    private static List<String> driverPasswords(String url) throws Exception {
        List<String> passwords = new ArrayList<>();
        if (url.startsWith("jdbc:mysql:")) {
            try {
                ConnectionUrlParser parsed = ConnectionUrlParser.parseConnectionString(url);
                parsed.getProperties().forEach((k, v) -> {
                    if (k.toLowerCase(Locale.ROOT).matches(".*password\\d*|pwd")) {
                        passwords.add(v);
                    }
                });
                for (HostInfo host : parsed.getHosts()) {
                    passwords.add(host.getPassword());
                    passwords.add(host.getHostProperties().get("password"));
                }
            } catch (WrongArgumentException refused) {
                // a raw @ in the password: Connector/J refuses the URL (quoting it, see ConnectionErrorsTest) and sends nothing
            }
        } else if (url.startsWith("jdbc:postgresql:")) {
            Properties p = org.postgresql.Driver.parseURL(url, new Properties());
            if (p != null) {
                passwords.add(p.getProperty("password"));
                passwords.add(p.getProperty("sslpassword"));
            }
        } else if (url.startsWith("jdbc:h2:")) {
            for (String setting : org.h2.util.StringUtils.arraySplit(url.substring(url.indexOf(';') + 1), ';', false)) {
                if (setting.toUpperCase(Locale.ROOT).startsWith("PASSWORD=")) {
                    passwords.add(setting.substring("PASSWORD=".length()));
                }
            }
        }
        passwords.removeIf(p -> p == null || p.isEmpty());
        return passwords;
    }

    @Test
    void secretsAsWrittenAndAsDecoded() {
        assertThat(UrlRedaction.secrets("jdbc:mysql://db/shop?password=Se%26c&user=app")).containsExactly("Se%26c", "Se&c");
        assertThat(UrlRedaction.secrets("jdbc:h2:mem:x;PASSWORD=a\\;b")).containsExactly("a\\;b", "a;b");
        assertThat(UrlRedaction.secrets("jdbc:postgresql://db/shop")).isEmpty();
        assertThat(UrlRedaction.secrets(null)).isEmpty();
    }

    @Test
    void urlsInsideText() {
        assertThat(UrlRedaction.redactText("Connection to jdbc:mysql://db/shop?password=Sec;ret99&x=1 refused; metalorm.password=abc def"
                + " (\"jdbc:h2:mem:x;PASSWORD=p;MODE=MySQL\")"))
                .isEqualTo("Connection to jdbc:mysql://db/shop?password=****&x=1 refused; metalorm.password=**** def"
                        + " (\"jdbc:h2:mem:x;PASSWORD=****;MODE=MySQL\")");
        assertThat(UrlRedaction.redactText("Access denied for user 'app'@'localhost' (using password: YES)"))
                .isEqualTo("Access denied for user 'app'@'localhost' (using password: YES)");
        assertThat(UrlRedaction.redact(null)).isNull();
        assertThat(UrlRedaction.redactText(null)).isNull();
    }
}
