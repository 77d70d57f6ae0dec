package dev.metalorm.maven.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets of a JDBC URL as {@code ****}, each one up to where its driver ends it (issue 16 item 9): a
 * regular expression that stops at {@code ;} or {@code &} everywhere shows {@code ;ret99} of a MySQL password
 * {@code Sec;ret99}, because only H2 ends a setting at {@code ;}.
 *
 * <ul>
 *   <li>H2 ({@code jdbc:h2:}): settings after the first {@code ;}, each ending at the next {@code ;} that is not
 *       escaped as {@code \;} (H2 reads {@code PASSWORD=a\;b} as {@code a;b});</li>
 *   <li>MySQL/MariaDB ({@code jdbc:mysql:}, {@code jdbc:mariadb:}) and PostgreSQL ({@code jdbc:postgresql:}):
 *       parameters after the first {@code ?}, each ending at the next {@code &} ({@code ;} belongs to the value, as
 *       in {@code sessionVariables=a=1;b=2}); values and keys are percent-decoded by the drivers, so
 *       {@code %26} inside a value ends nothing; Connector/J's host properties
 *       {@code (host=db,password=…)} and {@code address=(host=db)(password=…)} end at {@code ,} or {@code )};</li>
 *   <li>{@code //user:password@host} (Connector/J, one per host of a comma-separated list): the password runs from
 *       the first {@code :} to the host's last {@code @} before the query, so a raw {@code @} or {@code /} in it is
 *       masked too;</li>
 *   <li>any other driver: a secret ends only at {@code &} or at the end of the URL, which may mask more than the
 *       value but never shows part of it; Oracle's {@code thin:user/password@} likewise.</li>
 * </ul>
 *
 * A key is secret when, compared without case, it is {@code pwd}, {@code passwd} or ends with {@code password},
 * optionally numbered: {@code password}, {@code PASSWORD}, {@code password1} (Connector/J's multi-factor
 * passwords), {@code sslpassword}, {@code trustCertificateKeyStorePassword}. Other keys keep their values, so the
 * URL stays useful in an error message ({@code passwordCharacterEncoding=UTF-8} is not a secret).
 */
public final class UrlRedaction {
    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Pattern SECRET_KEY = Pattern.compile("(?:.*password|pwd|passwd)\\d*", Pattern.CASE_INSENSITIVE);
    /** Connector/J host properties: {@code (host=db,password=x)} and {@code address=(host=db)(password=x)}. */
    private static final Pattern HOST_PROPERTY = Pattern.compile("[(,]\\s*([^=(),\\s]+)\\s*=([^,)]*)");
    /** Oracle's {@code jdbc:oracle:thin:user/password@...}. */
    private static final Pattern ORACLE_THIN = Pattern.compile("(?i)^jdbc:oracle:thin:[^/@:]*/([^@]*)@");
    /** A {@code key=value} in free text, outside any JDBC URL: masked up to the next blank. */
    private static final Pattern TEXT_PARAMETER = Pattern.compile("(?i)(?<![\\w.-])((?:[\\w.-]*password|pwd|passwd)\\d*)=(\\S+)");

    private UrlRedaction() {
    }

    /** A secret's place in the URL and the value the driver makes of it. */
    private record Secret(int start, int end, String decoded) {
    }

    /**
     * The URL with every secret masked.
     *
     * @param url a JDBC URL (or what the user gave as one), or null
     * @return null for null
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        List<Secret> secrets = new ArrayList<>(find(url));
        secrets.sort(Comparator.comparingInt(Secret::start));
        StringBuilder sb = new StringBuilder();
        int done = 0;
        for (Secret s : secrets) {
            // two rules may find overlapping secrets (a user:password@ and a host property): mask their union once
            if (s.end() <= done) {
                continue;
            }
            if (s.start() >= done) {
                sb.append(url, done, s.start()).append(MASK);
            }
            done = s.end();
        }
        return sb.append(url.substring(done)).toString();
    }

    /**
     * The secret values of a URL, as written and as the driver decodes them (percent-decoded, H2's escapes
     * removed), longest first: a driver's message may quote either, and a shorter one may be part of a longer.
     */
    public static List<String> secrets(String url) {
        if (url == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Secret s : find(url)) {
            values.add(url.substring(s.start(), s.end()));
            values.add(s.decoded());
        }
        values.remove("");
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /**
     * A message (a driver's, an exception's) with the secrets of every JDBC URL in it masked; a URL in text ends at
     * the next blank or quote. Outside URLs, {@code password=…} is masked up to the next blank.
     */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        int done = 0;
        for (int start = lower.indexOf("jdbc:"); start >= 0; start = lower.indexOf("jdbc:", done)) {
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "\"'<>`".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            sb.append(redactPlainText(text.substring(done, start))).append(redact(text.substring(start, end)));
            done = end;
        }
        return sb.append(redactPlainText(text.substring(done))).toString();
    }

    private static String redactPlainText(String text) {
        return TEXT_PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + MASK));
    }

    private static List<Secret> find(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return h2(url);
        }
        boolean queryDriver = lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:postgresql:");
        List<Secret> secrets = new ArrayList<>();
        int authority = url.indexOf("//");
        int query = url.indexOf('?', authority < 0 ? 0 : authority);
        int authorityEnd = query < 0 ? url.length() : query;
        if (authority >= 0) {
            if (queryDriver) {
                // Connector/J: each of several hosts may carry its own user:password@
                int from = authority + 2;
                int depth = 0;
                for (int i = from; i <= authorityEnd; i++) {
                    char c = i < authorityEnd ? url.charAt(i) : ',';
                    depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
                    if (c == ',' && depth <= 0) {
                        userInfo(url, from, i, secrets);
                        from = i + 1;
                    }
                }
            } else {
                userInfo(url, authority + 2, authorityEnd, secrets);
            }
            Matcher host = HOST_PROPERTY.matcher(url).region(authority + 2, authorityEnd);
            while (host.find()) {
                if (SECRET_KEY.matcher(decode(host.group(1))).matches()) {
                    secrets.add(new Secret(host.start(2), host.end(2), decode(host.group(2))));
                }
            }
        }
        Matcher oracle = ORACLE_THIN.matcher(url);
        if (oracle.find()) {
            secrets.add(new Secret(oracle.start(1), oracle.end(1), oracle.group(1)));
        }
        if (queryDriver) {
            if (query >= 0) {
                parameters(url, query + 1, secrets);
            }
        } else {
            otherParameters(url, secrets);
        }
        return secrets;
    }

    /** {@code key=value} pairs from {@code from} on, each ending at the next {@code &}. */
    private static void parameters(String url, int from, List<Secret> secrets) {
        int start = from;
        while (start <= url.length()) {
            int amp = url.indexOf('&', start);
            int end = amp < 0 ? url.length() : amp;
            int eq = url.indexOf('=', start);
            if (eq >= 0 && eq < end && SECRET_KEY.matcher(decode(url.substring(start, eq).trim())).matches()) {
                secrets.add(new Secret(eq + 1, end, decode(url.substring(eq + 1, end))));
            }
            if (amp < 0) {
                return;
            }
            start = amp + 1;
        }
    }

    /**
     * A driver whose syntax we do not know: a secret key after {@code ?}, {@code &}, {@code ;} or {@code :} (SQL
     * Server's {@code ;password=x;…}), its value up to the next {@code &} or the end.
     */
    private static void otherParameters(String url, List<Secret> secrets) {
        Matcher m = Pattern.compile("(?<=[?&;:])([^=?&;:/@]+)=").matcher(url);
        int searchFrom = 0;
        while (searchFrom < url.length() && m.find(searchFrom)) {
            int amp = url.indexOf('&', m.end());
            int end = amp < 0 ? url.length() : amp;
            if (SECRET_KEY.matcher(m.group(1).trim()).matches()) {
                secrets.add(new Secret(m.end(), end, url.substring(m.end(), end)));
                searchFrom = end;
            } else {
                searchFrom = m.end();
            }
        }
    }

    /** The password of {@code user:password@} between {@code //} and the query. */
    private static void userInfo(String url, int from, int to, List<Secret> secrets) {
        int at = url.lastIndexOf('@', to - 1);
        if (at < from) {
            return;
        }
        int colon = url.indexOf(':', from);
        if (colon >= 0 && colon < at) {
            secrets.add(new Secret(colon + 1, at, decode(url.substring(colon + 1, at))));
        }
    }

    /** H2: {@code ;KEY=value} settings, a value ending at the next unescaped {@code ;}; {@code \x} stands for x. */
    private static List<Secret> h2(String url) {
        List<Secret> secrets = new ArrayList<>();
        int start = url.indexOf(';');
        while (start >= 0) {
            int end = start + 1;
            StringBuilder value = new StringBuilder();
            int eq = -1;
            while (end < url.length() && url.charAt(end) != ';') {
                char c = url.charAt(end);
                if (c == '\\' && end + 1 < url.length()) {
                    end++;
                    c = url.charAt(end);
                    if (eq >= 0) {
                        value.append(c);
                    }
                } else if (c == '=' && eq < 0) {
                    eq = end;
                } else if (eq >= 0) {
                    value.append(c);
                }
                end++;
            }
            if (eq > 0 && SECRET_KEY.matcher(url.substring(start + 1, eq).trim()).matches()) {
                secrets.add(new Secret(eq + 1, end, value.toString()));
            }
            start = end < url.length() ? end : -1;
        }
        return secrets;
    }

    /** What the MySQL and PostgreSQL drivers make of a percent-encoded part; the text itself when it is not valid. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
