-- Every schema of the database, and which one is current (current_schema() is NULL when the search path names none).
SELECT n.nspname, CASE WHEN n.nspname = current_schema() THEN 1 ELSE 0 END AS is_current
FROM pg_catalog.pg_namespace n
