-- The SchemaCrawler reader's one query of its own: JDBC metadata has unique indexes but no unique constraints.
-- SQL-standard information_schema (H2, PostgreSQL, MySQL/MariaDB, others); H2 adds INDEX_NAME, the index
-- that backs the constraint, read when present. A database without it falls back to a per-product rule.
SELECT *
FROM information_schema.table_constraints
WHERE constraint_type = 'UNIQUE' AND table_schema = ?
