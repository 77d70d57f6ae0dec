-- Labels of the enum types the given tables' columns use (directly, not through a domain or an array), in
-- each type's order; one statement for all of them, whatever schema a type lives in.
SELECT tn.nspname AS type_schema,
       t.typname,
       e.enumlabel
FROM pg_catalog.pg_enum e
JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
WHERE e.enumtypid IN (
    SELECT a.atttypid
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ? AND c.relname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped)
ORDER BY tn.nspname, t.typname, e.enumsortorder
