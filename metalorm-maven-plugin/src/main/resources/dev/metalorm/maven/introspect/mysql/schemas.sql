-- Every database on the server, and which one the connection uses (DATABASE() is NULL when none).
SELECT SCHEMA_NAME, CASE WHEN SCHEMA_NAME = DATABASE() THEN 1 ELSE 0 END AS IS_CURRENT
FROM information_schema.SCHEMATA
