-- Columns of every table of one database; rows of tables the filters dropped are skipped as they stream.
-- GENERATION_EXPRESSION (MySQL 5.7+, MariaDB 10.2+) is 'ROW START'/'ROW END' for MariaDB's system-versioning columns.
SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE,
       CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ?
