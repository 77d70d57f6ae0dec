-- Primary (p), unique (u) and foreign (f) keys of the given tables, one row per key column in key order;
-- a foreign key pairs conkey[i] with confkey[i]. A key to a partitioned table has a copy per partition of that
-- table (conparentid set, confrelid the partition): only the key itself is read.
SELECT c.relname,
       con.conname,
       con.contype,
       k.ord,
       a.attname,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       ra.attname AS ref_column,
       con.confupdtype,
       con.confdeltype
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[k.ord]
WHERE n.nspname = ? AND c.relname = ANY (?) AND con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
