-- Plain (non-unique) indexes of the given tables, one row per key column (INCLUDE columns left out).
-- Partial (WHERE) and expression indexes are left out, as for unique indexes.
SELECT c.relname,
       ic.relname AS index_name,
       k.ord,
       a.attname
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
CROSS JOIN LATERAL generate_series(0, i.indnkeyatts - 1) AS k(ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.ord]
WHERE n.nspname = ? AND c.relname = ANY (?)
  AND NOT i.indisunique AND i.indisvalid
  AND i.indpred IS NULL AND i.indexprs IS NULL
