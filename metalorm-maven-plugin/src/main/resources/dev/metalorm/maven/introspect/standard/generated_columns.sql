-- The SchemaCrawler reader's second query of its own: JDBC metadata says IS_GENERATEDCOLUMN and IS_AUTOINCREMENT,
-- but not whether an identity is GENERATED ALWAYS, nor which columns are system versioning's. Read from the
-- columns each database has, found by label: IDENTITY_GENERATION (H2, PostgreSQL), IS_GENERATED (H2, PostgreSQL,
-- MariaDB), EXTRA and GENERATION_EXPRESSION (MySQL/MariaDB). A database without it keeps the JDBC answer.
SELECT *
FROM information_schema.columns
WHERE table_schema = ?
