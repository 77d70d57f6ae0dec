package dev.metalorm.testing;

/** Rewrites server URLs of the form {@code jdbc:<driver>://host:port[/database][?params]}. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    /** The same server and parameters with another database. */
    static String withDatabase(String url, String database) {
        int authorityStart = url.indexOf("//");
        if (authorityStart < 0) {
            throw new IllegalArgumentException("Expected a URL like jdbc:mysql://host:3306/db, got " + url);
        }
        int query = url.indexOf('?', authorityStart);
        String params = query < 0 ? "" : url.substring(query);
        String head = query < 0 ? url : url.substring(0, query);
        int pathStart = head.indexOf('/', authorityStart + 2);
        String server = pathStart < 0 ? head : head.substring(0, pathStart);
        return server + "/" + database + params;
    }
}
