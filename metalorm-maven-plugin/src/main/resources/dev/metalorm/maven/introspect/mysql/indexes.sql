-- Plain (non-unique) indexes of one database, one row per key column; functional key parts (MySQL 8, no
-- COLUMN_NAME) are skipped in Java. Evidence for relations the schema does not declare.
SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 1
