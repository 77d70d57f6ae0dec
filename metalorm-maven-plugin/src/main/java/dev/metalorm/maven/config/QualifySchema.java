package dev.metalorm.maven.config;

/**
 * When {@code @Entity} names its schema ({@code metalorm.qualifySchema}).
 *
 * <ul>
 * <li>{@link #AUTO}: when the schema read is not the connection's current one (PostgreSQL/H2 schema, MySQL/MariaDB
 *     database), e.g. {@code -Dmetalorm.schema=other}: unqualified names would reach the current one's tables,
 *     a table of the same name there included. The current schema stays unqualified, so the entities follow the
 *     URL from one environment to the next ({@code shop_test}, {@code shop}).</li>
 * <li>{@link #ALWAYS}: every entity names the schema read.</li>
 * <li>{@link #NEVER}: no entity names it; the application's connection must have it as current schema
 *     ({@code currentSchema=other} in a PostgreSQL URL, the database in a MySQL URL).</li>
 * </ul>
 */
public enum QualifySchema {
    AUTO,
    ALWAYS,
    NEVER
}
