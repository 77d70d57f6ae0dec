-- Tables (r), partitioned tables (p), views (v) and materialized views (m) of one schema, without partitions.
-- The include/exclude filters and the view choice are applied in Java; the other queries take the names kept.
SELECT c.relname, c.relkind, COALESCE(obj_description(c.oid, 'pg_class'), '') AS table_comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
