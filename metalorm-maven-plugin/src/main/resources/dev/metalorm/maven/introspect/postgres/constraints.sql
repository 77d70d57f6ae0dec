-- Primary (p), unique (u) and foreign (f) keys of the given tables, one row per key column in key order;
-- a foreign key pairs conkey[i] with confkey[i]. A key to a partitioned table has a copy per partition of that
-- table (conparentid set, confrelid the partition): only the key itself is read.
-- A foreign key declared on partitions only, not on their partitioned table (Pagila's payment), is read as the
-- partitioned table's: one per set of columns and referenced key, named as the first partition's.
WITH keys AS (
    SELECT con.conrelid, c.relname, con.conname, con.contype, con.conkey, con.confrelid, con.confkey,
           con.confupdtype, con.confdeltype
    FROM pg_catalog.pg_constraint con
    JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ? AND c.relname = ANY (?) AND con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
  UNION ALL
    (SELECT DISTINCT ON (root.relname, fk.cols, con.confrelid, con.confkey)
           con.conrelid, root.relname, con.conname, con.contype, con.conkey, con.confrelid, con.confkey,
           con.confupdtype, con.confdeltype
    FROM pg_catalog.pg_constraint con
    JOIN pg_catalog.pg_class p ON p.oid = con.conrelid AND p.relispartition
    JOIN pg_catalog.pg_class root ON root.oid = pg_catalog.pg_partition_root(p.oid)
    JOIN pg_catalog.pg_namespace rootn ON rootn.oid = root.relnamespace
    CROSS JOIN LATERAL (SELECT array_agg(pa.attname ORDER BY pk.ord) AS cols
                        FROM unnest(con.conkey) WITH ORDINALITY AS pk(attnum, ord)
                        JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.conrelid AND pa.attnum = pk.attnum) fk
    WHERE rootn.nspname = ? AND root.relname = ANY (?) AND con.contype = 'f' AND con.conparentid = 0
    ORDER BY root.relname, fk.cols, con.confrelid, con.confkey, con.conname)
)
SELECT k.relname,
       k.conname,
       k.contype,
       u.ord,
       a.attname,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       ra.attname AS ref_column,
       k.confupdtype,
       k.confdeltype
FROM keys k
CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[u.ord]
