package dev.metalorm.sql.dialect;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.ColumnType;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlBuilder;
import java.util.List;

/** PostgreSQL. */
public final class PostgresDialect extends Dialect {
    private final String version;

    public PostgresDialect(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "PostgreSQL " + version;
    }

    /** A varchar parameter is not assignable to json/jsonb; an untyped one is converted by the server. */
    @Override
    public boolean bindJsonUntyped() {
        return true;
    }

    /** Types a varchar parameter reaches as it is. */
    private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("text", "varchar", "character varying", "char",
            "character", "bpchar", "name");

    /**
     * A varchar parameter is assignable to text types only: enum types, inet, cidr, macaddr, point,
     * interval, money, tsvector, uuid held as String and the like take their value untyped
     * ({@code setObject(i, text, Types.OTHER)}), which the server converts to the column's type as
     * it does a literal. That needs no type name in the SQL (so no schema or quoting question) and
     * works alike in INSERT, UPDATE and comparisons. bit(n) and bit varying take a bit string.
     */
    @Override
    public NativeBinding nativeBinding(ColumnType type, String sqlType) {
        if (type == ColumnType.ENUM) {
            // a PostgreSQL enum type refuses varchar; untyped text also fits a varchar column
            return NativeBinding.UNTYPED;
        }
        if (sqlType.isEmpty()) {
            return NativeBinding.PLAIN;
        }
        String base = baseTypeName(sqlType);
        boolean bits = base.equals("bit") || base.equals("varbit") || base.equals("bit varying");
        if (bits && (type == ColumnType.BYTES || type == ColumnType.BOOLEAN)) {
            return NativeBinding.BIT_STRING;
        }
        if (type == ColumnType.STRING && !TEXT_TYPES.contains(base) && !base.endsWith("[]")) {
            return NativeBinding.UNTYPED;
        }
        return NativeBinding.PLAIN;
    }

    /**
     * Columns are asked for by name, which pgjdbc turns into {@code RETURNING a, b} (its default mode
     * would return every column); it hands back every row of a batch.
     */
    @Override
    public boolean returnsColumnsOnInsert() {
        return true;
    }

    /** pgjdbc sends the parameter count as a signed 2-byte integer. */
    @Override
    public int maxParameters() {
        return 32_767;
    }

    @Override
    public String arrayElementType(ColumnType type) {
        return switch (type) {
            case SMALLINT -> "int2";
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case DECIMAL -> "numeric";
            case STRING -> "text";
            case UUID -> "uuid";
            default -> null;
        };
    }

    /**
     * Beyond 1,000 values one array: 0.43-0.80x the time of a list from 1,000 to 5,000 values,
     * about even at 30,000, and the only way past pgjdbc's 32,767 parameters (BENCHMARKS.md, "IN
     * lists"). Relation loading's batches of 1,000 keys stay lists.
     */
    @Override
    public boolean inListAsArray(int size, ColumnType type) {
        return size > 1000 && arrayElementType(type) != null;
    }

    /** {@code INSERT … ON CONFLICT (…) DO UPDATE SET c = EXCLUDED.c}: needs a unique constraint or index on the conflict columns. */
    @Override
    public void upsert(SqlBuilder b, TableModel table, List<ColumnModel> columns, List<Object> values, List<ColumnModel> conflict,
                       List<ColumnModel> update) {
        insertValues(b, table, columns, values);
        b.sql(" ON CONFLICT (");
        for (int i = 0; i < conflict.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(conflict.get(i).name());
        }
        b.sql(") DO UPDATE SET ");
        for (int i = 0; i < update.size(); i++) {
            b.sql(i == 0 ? "" : ", ").identifier(update.get(i).name()).sql(" = EXCLUDED.").identifier(update.get(i).name());
        }
    }

    /**
     * From pg_catalog: {@code INFORMATION_SCHEMA.COLUMNS} leaves out materialized views, which the
     * plugin generates read-only entities for (Pagila's {@code rental_by_category}).
     */
    @Override
    public String catalogColumns() {
        return "(SELECT n.nspname AS table_schema, c.relname AS table_name, a.attname AS column_name, a.attnum AS ordinal_position"
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')) catalog_columns";
    }

    /** Materialized views included, partitions left out (an entity maps the partitioned table). */
    @Override
    public String catalogTables() {
        return "(SELECT n.nspname AS table_schema, c.relname AS table_name"
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition) catalog_tables";
    }
}
