-- Tables and views of one database. The include/exclude filters are applied in Java to this list before
-- the other queries run; MariaDB sequences (TABLE_TYPE 'SEQUENCE') are dropped there too.
SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ?
