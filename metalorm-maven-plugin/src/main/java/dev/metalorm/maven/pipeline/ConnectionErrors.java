package dev.metalorm.maven.pipeline;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.config.UrlRedaction;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a failed {@code getConnection} into one line a user can act on. The URL is shown with any
 * {@code password=} value masked, and the password never appears: the driver's own text is used only
 * for failures we do not recognise, and then with the password masked.
 *
 * <ul>
 *   <li>wrong credentials: SQLState class 28 (PostgreSQL 28P01 / 28000, MySQL 28000) or MySQL error 1045;</li>
 *   <li>unknown database: PostgreSQL 3D000, MySQL/MariaDB error 1049, H2 error 90146;</li>
 *   <li>host unreachable: SQLState class 08, or a ConnectException / UnknownHostException /
 *       NoRouteToHostException / SocketTimeoutException among the causes;</li>
 *   <li>no driver for the URL: DriverManager's "No suitable driver".</li>
 * </ul>
 */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    public static ConnectionException translate(SQLException e, String url, String user, String password) {
        String shownUrl = ReverseConfig.redactUrl(url);
        String as = user == null ? "" : " as \"" + user + "\"";
        String message;
        if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
            message = "Cannot connect to " + shownUrl + ": no JDBC driver accepts this URL. The plugin carries drivers for"
                    + " MySQL/MariaDB (jdbc:mysql:), PostgreSQL (jdbc:postgresql:) and H2 (jdbc:h2:): check metalorm.url.";
        } else if (authenticationFailed(e)) {
            message = "Cannot connect to " + shownUrl + as + ": authentication failed for user \"" + user
                    + "\". Check metalorm.user/password or metalorm.serverId.";
        } else if (unknownDatabase(e)) {
            String database = databaseName(shownUrl); // a raw / in a user:password@ would otherwise show part of it
            message = "Cannot connect to " + shownUrl + as + ": database " + (database == null ? "" : "\"" + database + "\" ")
                    + "does not exist. Check the database name in metalorm.url.";
        } else if (unreachable(e)) {
            message = "Cannot connect to " + shownUrl + ": host unreachable (" + rootCause(e, url, password)
                    + "). Check metalorm.url and that the database server is running and accepts connections.";
        } else {
            message = "Cannot connect to " + shownUrl + as + ": " + scrub(e.getMessage(), url, password)
                    + ". Check metalorm.url, metalorm.user and metalorm.password.";
        }
        return new ConnectionException(message, null);
    }

    private static boolean authenticationFailed(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getSQLState() != null && s.getSQLState().startsWith("28") || s.getErrorCode() == 1045)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unknownDatabase(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("3D000".equals(s.getSQLState()) || s.getErrorCode() == 1049 || s.getErrorCode() == 90146)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e, String url, String password) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return scrub(text, url, password);
    }

    /**
     * One line, no password: the secrets of every JDBC URL in the text masked, then the password given and the
     * URL's own secrets (as written and as decoded) wherever the driver quoted them.
     */
    static String scrub(String text, String url, String password) {
        if (text == null) {
            return "no message";
        }
        String result = UrlRedaction.redactText(text).replaceAll("\\s+", " ").trim();
        List<String> secrets = new ArrayList<>(UrlRedaction.secrets(url));
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : secrets) {
            result = result.replace(secret, UrlRedaction.MASK);
        }
        while (result.endsWith(".")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /** The database part of {@code jdbc:<kind>://host[:port]/<database>[?|;...]}, or null. */
    static String databaseName(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int slash = url.indexOf('/', scheme + 3);
        if (slash < 0) {
            return null;
        }
        String rest = url.substring(slash + 1);
        int end = rest.length();
        for (char stop : new char[] {'?', ';', '/'}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String name = rest.substring(0, end);
        return name.isEmpty() ? null : name;
    }
}
