package dev.metalorm.testing;

/** The database engines every database test runs on. */
public enum DatabaseKind {
    H2("H2", "h2"),
    MYSQL("MariaDB/MySQL", "mysql"),
    POSTGRES("PostgreSQL", "postgres");

    private final String displayName;
    private final String propertyKey;

    DatabaseKind(String displayName, String propertyKey) {
        this.displayName = displayName;
        this.propertyKey = propertyKey;
    }

    public String displayName() {
        return displayName;
    }

    /** The middle part of {@code metalorm.test.<key>.url} and {@code METALORM_TEST_<KEY>_URL}. */
    public String propertyKey() {
        return propertyKey;
    }
}
