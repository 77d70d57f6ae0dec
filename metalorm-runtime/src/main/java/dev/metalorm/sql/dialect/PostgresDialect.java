package dev.metalorm.sql.dialect;

/** PostgreSQL. */
public final class PostgresDialect extends Dialect {
    private final String version;

    public PostgresDialect(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "PostgreSQL " + version;
    }

    /** A varchar parameter is not assignable to json/jsonb; an untyped one is converted by the server. */
    @Override
    public boolean bindJsonUntyped() {
        return true;
    }

    /** pgjdbc turns the names into {@code RETURNING}; its default mode would return every column. */
    @Override
    public boolean generatedKeysByColumnName() {
        return true;
    }
}
