-- Columns of the given tables of one schema. Ordinals are renumbered without the gaps dropped columns leave
-- (as pgjdbc does); a domain reports its base type too; the default of a generated column is its expression
-- and is not read as a default.
SELECT c.relname,
       a.attname,
       row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS ordinal,
       a.attnotnull,
       a.atttypmod,
       a.attidentity,
       a.attgenerated,
       t.typname,
       tn.nspname AS type_schema,
       t.typtype,
       t.typcategory,
       bt.typname AS base_typname,
       bt.typtype AS base_typtype,
       bt.typcategory AS base_typcategory,
       t.typtypmod,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       COALESCE(col_description(c.oid, a.attnum), '') AS column_comment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = ? AND c.relname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
