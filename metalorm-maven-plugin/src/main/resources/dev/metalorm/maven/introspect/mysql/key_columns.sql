-- Primary keys ('PRIMARY'), unique keys (every UNIQUE index is a unique constraint in MySQL/MariaDB) and
-- foreign keys (REFERENCED_TABLE_NAME set) of one database, one row per key column.
SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,
       REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = ?
