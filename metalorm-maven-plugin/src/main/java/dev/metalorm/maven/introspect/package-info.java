/**
 * Introspect stage: reads one schema of a live database into an immutable
 * {@link dev.metalorm.maven.snapshot.SchemaSnapshot}. The only package that imports SchemaCrawler.
 *
 * <h2>Readers</h2>
 * <ul>
 * <li>{@link dev.metalorm.maven.introspect.MySqlIntrospector}: MySQL/MariaDB, information_schema, 6 statements
 *     (databases, tables, columns, key columns, foreign key rules, plain indexes).</li>
 * <li>{@link dev.metalorm.maven.introspect.PostgresIntrospector}: PostgreSQL, pg_catalog, 6 statements
 *     (schemas, tables, columns, constraints, unique indexes, plain indexes).</li>
 * <li>{@link dev.metalorm.maven.introspect.SchemaCrawlerIntrospector}: any JDBC database (H2 and the rest) through
 *     SchemaCrawler's generic connector, plus one information_schema query for unique constraints.</li>
 * </ul>
 * {@link dev.metalorm.maven.introspect.Introspectors#forConnection} picks one from
 * {@link dev.metalorm.maven.introspect.IntrospectorChoice} ({@code metalorm.introspector}: auto, sql, schemacrawler).
 * Catalog queries are resources {@code introspect/<dialect>/<what>.sql} and always take parameters.
 *
 * <h2>What every reader guarantees</h2>
 * <ul>
 * <li>Names exactly as the database spells them (H2's upper-case names too); tables sorted by name, columns by
 *     ordinal (1..n, no gaps), keys by name, key columns in key order.</li>
 * <li>Schema: the one named (exact match, else the only one equal ignoring case), or the connection's current
 *     one; an unknown schema is an {@link dev.metalorm.maven.introspect.IntrospectionException} naming it, the
 *     available ones (up to 10) and {@code metalorm.schema}. An empty schema is not an error.</li>
 * <li>Filters: views only when asked; include/exclude patterns match whole table names and are applied to the
 *     table list before columns and keys are read (PostgreSQL: kept names passed as an array parameter;
 *     MySQL: rows of dropped tables skipped as they stream; SchemaCrawler: limit options).</li>
 * <li>Columns: {@link java.sql.Types} as the driver would report it (see {@code NativeTypes}); native type
 *     lower-case without size; size only for character/binary strings with a length and exact numerics, scale
 *     only for exact numerics, otherwise 0; defaults as SQL text with literals quoted and numbers bare
 *     ({@code DefaultValues}); auto-increment for auto_increment, serial and identity columns, which then have
 *     no default; generated columns have no default; comments "" when none.</li>
 * <li>Keys: primary key; foreign keys as ordered column pairs with rules, those to other schemas left out,
 *     those to tables the filters dropped kept; unique keys: constraints ({@code index = false}) and unique
 *     indexes backing no constraint ({@code index = true}); every MySQL UNIQUE key is a constraint; partial and
 *     expression unique indexes left out.</li>
 * </ul>
 */
package dev.metalorm.maven.introspect;
