package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeyElsewhere;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.Generation;
import dev.metalorm.maven.snapshot.IndexSnapshot;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.tools.databaseconnector.UnknownDatabaseConnector;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads any JDBC database through SchemaCrawler 17.9 (generic connector, JDBC metadata): the reader for H2
 * and every database without a bulk reader. Its java.util.logging output (loggers {@code schemacrawler} and
 * {@code us.fatehi}) is silenced during the crawl and restored after. Slow on big MariaDB schemas (see
 * perf-introspection.md): {@code auto} uses the bulk readers there.
 *
 * <p>Filters: table types (views only when asked) and the include/exclude patterns are SchemaCrawler limit
 * options, so excluded tables are dropped from the table list before columns and keys are read.
 *
 * <p>Normalised so that it agrees with the bulk readers on MySQL/MariaDB and PostgreSQL:
 * <ul>
 * <li>native type lower-case; pgjdbc's "serial"/"bigserial"/"smallserial" are reported as int4/int8/int2;</li>
 * <li>size only for character/binary strings and exact numerics, scale only for exact numerics, 0 for
 *     unbounded ({@code Integer.MAX_VALUE}) sizes;</li>
 * <li>defaults through {@link DefaultValues} (Connector/J unquotes literals; pgjdbc keeps casts), none for
 *     auto-increment and generated columns;</li>
 * <li>unique keys from unique indexes (JDBC has no unique constraints): an index whose columns are the
 *     primary key's is left out; an index that backs a unique constraint named in
 *     {@code information_schema.table_constraints} (one query, {@code introspect/standard/}) is that constraint,
 *     under the constraint's name, {@code index = false}; without information_schema every unique index is a
 *     constraint on MySQL/MariaDB and an index elsewhere.</li>
 * </ul>
 * Partial (filtered) and expression unique indexes are left out, as in the bulk readers.
 *
 * <p>Known gaps: Connector/J reports no table comments (REMARKS), so MariaDB/MySQL tables read here have none;
 * Connector/J reports {@code tinyint(1)} as "bit"; pgjdbc lists the INCLUDE columns of a covering unique index
 * as key columns; pgjdbc reports a domain column as DISTINCT.
 */
public final class SchemaCrawlerIntrospector implements Introspector {
    private static final List<String> LOGGERS = List.of("schemacrawler", "us.fatehi");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "mysql", "performance_schema",
            "sys", "pg_catalog", "pg_toast");

    @Override
    public SchemaSnapshot read(Connection connection, IntrospectionRequest request) {
        DatabaseProduct product = DatabaseProduct.of(connection);
        try {
            boolean catalogs = usesCatalogs(connection, product);
            String schema = resolveSchema(connection, request, product, catalogs);
            Catalog catalog = crawl(connection, request, schema, catalogs);
            UniqueConstraints constraints = UniqueConstraints.read(connection, schema);
            GeneratedColumns generated = GeneratedColumns.read(connection, schema);
            return convert(catalog, product, schema, catalogs, request, constraints, generated,
                    SchemaResolution.isCurrent(connection, schema, catalogs));
        } catch (SQLException e) {
            throw new IntrospectionException("Cannot read the catalog of " + product.name() + " through JDBC metadata: "
                    + SchemaResolution.oneLine(e), e);
        } catch (RuntimeException e) {
            if (e instanceof IntrospectionException ie) {
                throw ie;
            }
            throw new IntrospectionException("SchemaCrawler could not read " + product.name() + ": " + SchemaResolution.oneLine(e)
                    + ". Try metalorm.introspector=sql where supported.", e);
        }
    }

    /** MySQL's databases are JDBC catalogs; elsewhere the unit is the JDBC schema. */
    private static boolean usesCatalogs(Connection connection, DatabaseProduct product) throws SQLException {
        return product.isMySqlFamily() || !connection.getMetaData().supportsSchemasInTableDefinitions();
    }

    private static String resolveSchema(Connection connection, IntrospectionRequest request, DatabaseProduct product,
                                        boolean catalogs) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        TreeSet<String> existing = new TreeSet<>(Comparator.naturalOrder());
        try (ResultSet rs = catalogs ? md.getCatalogs() : md.getSchemas()) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        List<String> listed = new ArrayList<>();
        for (String name : existing) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!SYSTEM_SCHEMAS.contains(lower) && !lower.startsWith("pg_")) {
                listed.add(name);
            }
        }
        String current = catalogs ? connection.getCatalog() : connection.getSchema();
        return SchemaResolution.resolve(request.schema(), current, List.copyOf(existing), listed,
                catalogs ? "database" : "schema", product);
    }

    private static Catalog crawl(Connection connection, IntrospectionRequest request, String schema, boolean catalogs)
            throws SQLException {
        List<String> tableTypes = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTableTypes()) {
            while (rs.next()) {
                String type = rs.getString(1).trim();
                TableKind kind = kindOf(type);
                if (kind == TableKind.TABLE || (kind == TableKind.VIEW && request.includeViews())) {
                    tableTypes.add(type);
                }
            }
        }
        tableTypes.sort(Comparator.naturalOrder());
        String quoted = Pattern.quote(schema);
        // SchemaCrawler names a schema "catalog.schema" (PostgreSQL, H2) or "catalog" (MySQL), quoted when needed
        Pattern schemaPattern = Pattern.compile(catalogs ? "\"?" + quoted + "\"?" : "(.*\\.)?\"?" + quoted + "\"?");
        InclusionRule tables = new TableFilter(request);
        var limit = LimitOptionsBuilder.builder()
                .includeSchemas(new RegularExpressionInclusionRule(schemaPattern))
                .includeTables(tables)
                .tableTypes(tableTypes)
                .toOptions();
        var level = SchemaInfoLevelBuilder.builder()
                .withInfoLevel(InfoLevel.minimum)
                .setRetrieveTableColumns(true)
                .setRetrievePrimaryKeys(true)
                .setRetrieveForeignKeys(true)
                .setRetrieveIndexes(true)
                .setRetrieveTableConstraints(true)
                .setRetrieveRoutines(false)
                .toOptions();
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limit)
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).withMaxThreads(1).toOptions());
        // held in a list: java.util.logging keeps loggers weakly, and a collected logger forgets its level
        List<Logger> loggers = LOGGERS.stream().map(Logger::getLogger).toList();
        List<Level> saved = new ArrayList<>();
        for (Logger logger : loggers) {
            saved.add(logger.getLevel());
            logger.setLevel(Level.OFF);
        }
        try {
            SchemaRetrievalOptions retrieval = UnknownDatabaseConnector.UNKNOWN
                    .getSchemaRetrievalOptionsBuilder(connection).toOptions();
            return SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(connection), retrieval,
                    options, ConfigUtility.newConfig());
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(saved.get(i));
            }
        }
    }

    private static TableKind kindOf(String jdbcTableType) {
        String t = jdbcTableType.toUpperCase(Locale.ROOT);
        if (t.equals("VIEW") || t.equals("MATERIALIZED VIEW")) {
            return TableKind.VIEW;
        }
        if (t.equals("TABLE") || t.equals("BASE TABLE") || t.equals("PARTITIONED TABLE") || t.equals("SYSTEM VERSIONED")) {
            return TableKind.TABLE;
        }
        return null;
    }

    private static SchemaSnapshot convert(Catalog catalog, DatabaseProduct product, String schemaName,
                                          boolean catalogs, IntrospectionRequest request,
                                          UniqueConstraints constraints, GeneratedColumns generated,
                                          boolean connectionDefault) {
        Schema schema = null;
        for (Schema s : catalog.getSchemas()) {
            String name = catalogs ? s.getCatalogName() : s.getName();
            if (schemaName.equals(name)) {
                schema = s;
            }
        }
        List<TableSnapshot> tables = new ArrayList<>();
        List<ForeignKeyElsewhere> elsewhere = new ArrayList<>();
        if (schema != null) {
            for (Table table : catalog.getTables(schema)) {
                TableKind kind = table.getTableType().isView() ? TableKind.VIEW : TableKind.TABLE;
                if ((kind == TableKind.VIEW && !request.includeViews()) || !request.accepts(table.getName())) {
                    continue;
                }
                tables.add(convert(table, kind, schema, product, constraints, generated));
                for (ForeignKey fk : table.getImportedForeignKeys()) {
                    Table referenced = fk.getPrimaryKeyTable();
                    if (fk.getForeignKeyTable().equals(table) && !Objects.equals(referenced.getSchema(), schema)) {
                        List<ColumnReference> refs = new ArrayList<>(fk.getColumnReferences());
                        refs.sort(Comparator.comparingInt(ColumnReference::getKeySequence));
                        Schema other = referenced.getSchema();
                        elsewhere.add(new ForeignKeyElsewhere(table.getName(), fk.getName(),
                                refs.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                                catalogs ? other.getCatalogName() : other.getName(), referenced.getName()));
                    }
                }
            }
        }
        tables.sort(Comparator.comparing(TableSnapshot::name));
        elsewhere.sort(Comparator.comparing(ForeignKeyElsewhere::table).thenComparing(ForeignKeyElsewhere::name));
        return new SchemaSnapshot(product.name(), product.version(), schemaName, tables, elsewhere, connectionDefault);
    }

    private static TableSnapshot convert(Table table, TableKind kind, Schema schema, DatabaseProduct product,
                                         UniqueConstraints constraints, GeneratedColumns generated) {
        List<ColumnSnapshot> columns = new ArrayList<>();
        for (Column c : table.getColumns()) {
            GeneratedColumns.Facts facts = generated.of(table.getName(), c.getName());
            if (facts.hiddenPeriod()) {
                continue; // MariaDB system versioning's INVISIBLE row start/end, as the bulk reader
            }
            columns.add(convert(c, product, facts));
        }
        columns.sort(Comparator.comparingInt(ColumnSnapshot::ordinal));
        // MariaDB adds a system-versioned table's row-end column to its primary and unique keys
        Set<String> keyColumns = new TreeSet<>(Comparator.naturalOrder());
        columns.stream().filter(c -> !generated.of(table.getName(), c.name()).periodEnd())
                .forEach(c -> keyColumns.add(c.name()));

        PrimaryKeySnapshot pk = null;
        if (kind == TableKind.TABLE && table.getPrimaryKey() != null) {
            pk = new PrimaryKeySnapshot(table.getPrimaryKey().getName(),
                    keyColumnsOnly(constrainedColumns(table.getPrimaryKey()), keyColumns));
        }

        List<ForeignKeySnapshot> fks = new ArrayList<>();
        for (ForeignKey fk : table.getImportedForeignKeys()) {
            Table referenced = fk.getPrimaryKeyTable();
            if (!fk.getForeignKeyTable().equals(table) || !Objects.equals(referenced.getSchema(), schema)) {
                continue;
            }
            List<ColumnReference> refs = new ArrayList<>(fk.getColumnReferences());
            refs.sort(Comparator.comparingInt(ColumnReference::getKeySequence));
            fks.add(new ForeignKeySnapshot(fk.getName(),
                    refs.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                    referenced.getName(),
                    refs.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                    action(fk.getUpdateRule()), action(fk.getDeleteRule())));
        }
        fks.sort(Comparator.comparing(ForeignKeySnapshot::name));

        List<UniqueKeySnapshot> uniques = kind == TableKind.TABLE
                ? uniqueKeys(table, pk, product, constraints, keyColumns) : List.of();
        List<IndexSnapshot> indexes = kind == TableKind.TABLE ? plainIndexes(table, fks) : List.of();
        return new TableSnapshot(table.getName(), kind, nullToEmpty(table.getRemarks()), columns, pk, fks, uniques, indexes);
    }

    private static List<UniqueKeySnapshot> uniqueKeys(Table table, PrimaryKeySnapshot pk, DatabaseProduct product,
                                                      UniqueConstraints constraints, Set<String> keyColumns) {
        TreeMap<String, List<String>> reported = new TreeMap<>(Comparator.naturalOrder());
        for (TableConstraint tc : table.getTableConstraints()) {
            if (tc.getType() == TableConstraintType.unique) {
                reported.put(tc.getName(), keyColumnsOnly(constrainedColumns(tc), keyColumns));
            }
        }
        TreeMap<String, UniqueKeySnapshot> keys = new TreeMap<>(Comparator.naturalOrder());
        reported.forEach((name, cols) -> keys.put(name, new UniqueKeySnapshot(name, cols, false)));
        for (Index index : table.getIndexes()) {
            if (!index.isUnique() || index.hasFilterCondition()) {
                continue;
            }
            List<IndexColumn> indexColumns = new ArrayList<>(index.getColumns());
            indexColumns.sort(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition));
            List<String> cols = indexColumns.stream().map(IndexColumn::getName).toList();
            if (table.getTableType().toString().equalsIgnoreCase("SYSTEM VERSIONED")) {
                cols = keyColumnsOnly(cols, keyColumns);
            }
            if (cols.isEmpty() || (pk != null && (cols.equals(pk.columns()) || index.getName().equals(pk.name())))) {
                continue;
            }
            // an expression index names its expression where a column belongs (pgjdbc): not a column set
            if (!cols.stream().allMatch(col -> table.lookupColumn(col).isPresent())) {
                continue;
            }
            if (reported.containsKey(index.getName()) || reported.containsValue(cols)) {
                continue;
            }
            String constraint = constraints.constraintOf(table.getName(), index.getName());
            if (constraint != null) {
                keys.put(constraint, new UniqueKeySnapshot(constraint, cols, false));
            } else {
                // without information_schema: every unique index is a constraint in MySQL, an index elsewhere
                boolean plainIndex = constraints.known() || !product.isMySqlFamily();
                keys.put(index.getName(), new UniqueKeySnapshot(index.getName(), cols, plainIndex));
            }
        }
        return List.copyOf(keys.values());
    }

    /** Non-unique indexes on columns of the table (not partial, no expression), as the bulk readers give them. */
    private static List<IndexSnapshot> plainIndexes(Table table, List<ForeignKeySnapshot> fks) {
        List<IndexSnapshot> result = new ArrayList<>();
        for (Index index : table.getIndexes()) {
            if (index.isUnique() || index.hasFilterCondition()) {
                continue;
            }
            List<IndexColumn> indexColumns = new ArrayList<>(index.getColumns());
            indexColumns.sort(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition));
            List<String> cols = indexColumns.stream().map(IndexColumn::getName).toList();
            if (!cols.isEmpty() && cols.stream().allMatch(col -> table.lookupColumn(col).isPresent())) {
                result.add(new IndexSnapshot(index.getName(), cols));
            }
        }
        return SnapshotAssembler.withoutForeignKeyIndexes(result, fks);
    }

    /** A key's columns without those that are no key column of the table (a system-versioned table's row end). */
    private static List<String> keyColumnsOnly(List<String> columns, Set<String> keyColumns) {
        return columns.stream().filter(keyColumns::contains).toList();
    }

    private static List<String> constrainedColumns(TableConstraint constraint) {
        List<TableConstraintColumn> cols = new ArrayList<>(constraint.getConstrainedColumns());
        cols.sort(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition));
        return cols.stream().map(TableConstraintColumn::getName).toList();
    }

    private static ColumnSnapshot convert(Column c, DatabaseProduct product, GeneratedColumns.Facts facts) {
        Integer vendorType = c.getColumnDataType().getJavaSqlType().getVendorTypeNumber();
        int jdbcType = vendorType == null ? Types.OTHER : vendorType;
        String nativeType = c.getColumnDataType().getName().toLowerCase(Locale.ROOT);
        if (product.isPostgres()) {
            nativeType = switch (nativeType) {
                case "serial" -> "int4";
                case "bigserial" -> "int8";
                case "smallserial" -> "int2";
                default -> nativeType;
            };
        }
        int size = 0;
        int scale = 0;
        if (c.getSize() > 0 && c.getSize() < Integer.MAX_VALUE) {
            if (NativeTypes.hasLength(jdbcType)) {
                size = c.getSize();
            } else if (NativeTypes.hasPrecision(jdbcType)) {
                size = c.getSize();
                scale = Math.max(0, c.getDecimalDigits());
            } else if (jdbcType == Types.BIT) {
                size = NativeTypes.bitLength(nativeType, c.getSize());
            }
        }
        boolean autoIncrement = c.isAutoIncremented();
        Generation generation = facts.generation(c.isGenerated() && !autoIncrement);
        String raw = c.getDefaultValue();
        // a generated column's "default" is its generation expression (pgjdbc): not a default
        String defaultValue = autoIncrement || c.isGenerated() || generation == Generation.COMPUTED ? null
                : product.isPostgres() ? DefaultValues.postgres(raw, jdbcType)
                : product.isMySqlFamily() ? DefaultValues.connectorJ(raw, jdbcType)
                : raw;
        return new ColumnSnapshot(c.getName(), c.getOrdinalPosition(), jdbcType, nativeType, size, scale,
                c.isNullable(), defaultValue, autoIncrement, nullToEmpty(c.getRemarks()), generation);
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case restrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Unique constraint names per table from information_schema.table_constraints, with the index backing
     * each when the database says (H2's INDEX_NAME); otherwise a constraint's index has its name.
     */
    private static final class UniqueConstraints {
        private final boolean known;
        /** table → index name → constraint name */
        private final Map<String, Map<String, String>> byIndex = new TreeMap<>(Comparator.naturalOrder());

        private UniqueConstraints(boolean known) {
            this.known = known;
        }

        static UniqueConstraints read(Connection connection, String schema) {
            UniqueConstraints result = new UniqueConstraints(true);
            try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("standard", "unique_constraints"))) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean hasIndexName = hasColumn(rs.getMetaData(), "INDEX_NAME");
                    while (rs.next()) {
                        String constraint = rs.getString("CONSTRAINT_NAME");
                        String index = hasIndexName ? rs.getString("INDEX_NAME") : null;
                        result.byIndex.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new TreeMap<>(Comparator.naturalOrder()))
                                .put(index == null ? constraint : index, constraint);
                    }
                }
                return result;
            } catch (SQLException e) {
                return new UniqueConstraints(false);
            }
        }

        boolean known() {
            return known;
        }

        /** The unique constraint an index backs, or null when it backs none. */
        String constraintOf(String table, String index) {
            Map<String, String> indexes = byIndex.get(table);
            return indexes == null ? null : indexes.get(index);
        }

        private static boolean hasColumn(ResultSetMetaData md, String label) throws SQLException {
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (label.equalsIgnoreCase(md.getColumnLabel(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * How each column is generated, from information_schema.columns (see {@code standard/generated_columns.sql});
     * without it, JDBC's IS_GENERATEDCOLUMN alone decides, and identities count as written by the application.
     */
    private static final class GeneratedColumns {
        /** What information_schema says of one column; {@link #UNKNOWN} when it says nothing. */
        record Facts(boolean known, boolean identityAlways, boolean computed, boolean periodEnd, boolean hiddenPeriod) {
            static final Facts UNKNOWN = new Facts(false, false, false, false, false);

            Generation generation(boolean jdbcGenerated) {
                if (!known) {
                    return jdbcGenerated ? Generation.COMPUTED : Generation.NONE;
                }
                return computed ? Generation.COMPUTED : identityAlways ? Generation.IDENTITY_ALWAYS : Generation.NONE;
            }
        }

        /** table → column → facts */
        private final Map<String, Map<String, Facts>> byColumn = new TreeMap<>(Comparator.naturalOrder());

        static GeneratedColumns read(Connection connection, String schema) {
            GeneratedColumns result = new GeneratedColumns();
            try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("standard", "generated_columns"))) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    String identityGeneration = label(md, "IDENTITY_GENERATION");
                    String isGenerated = label(md, "IS_GENERATED");
                    String extra = label(md, "EXTRA");
                    String expression = label(md, "GENERATION_EXPRESSION");
                    while (rs.next()) {
                        String ext = extra == null ? "" : lower(rs.getString(extra));
                        String expr = expression == null ? "" : lower(rs.getString(expression)).strip();
                        boolean period = expr.equals("row start") || expr.equals("row end");
                        // MySQL/MariaDB say it in EXTRA; H2 and PostgreSQL in IS_GENERATED (MariaDB's ALWAYS too)
                        boolean computed = extra != null
                                ? ext.contains("virtual generated") || ext.contains("stored generated")
                                : isGenerated != null && lower(rs.getString(isGenerated)).equals("always");
                        boolean always = identityGeneration != null && lower(rs.getString(identityGeneration)).equals("always");
                        result.byColumn.computeIfAbsent(rs.getString(label(md, "TABLE_NAME")), t -> new TreeMap<>(Comparator.naturalOrder()))
                                .put(rs.getString(label(md, "COLUMN_NAME")), new Facts(true, always, computed || period,
                                        expr.equals("row end"), period && ext.contains("invisible")));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                return new GeneratedColumns();
            }
            return result;
        }

        Facts of(String table, String column) {
            Map<String, Facts> columns = byColumn.get(table);
            Facts facts = columns == null ? null : columns.get(column);
            return facts == null ? Facts.UNKNOWN : facts;
        }

        /** The result column's label as the database spells it (upper or lower case), or null when it has none. */
        private static String label(ResultSetMetaData md, String name) throws SQLException {
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (name.equalsIgnoreCase(md.getColumnLabel(i))) {
                    return md.getColumnLabel(i);
                }
            }
            return null;
        }

        private static String lower(String s) {
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        }
    }

    /** Keeps the tables whose own name (the last part of SchemaCrawler's full name) passes the request's filters. */
    private record TableFilter(IntrospectionRequest request) implements InclusionRule {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean test(String fullName) {
            return fullName != null && request.accepts(lastPart(fullName));
        }

        /** The last dot-separated part, unquoted: SchemaCrawler quotes with the driver's quote ("" or ``). */
        static String lastPart(String fullName) {
            char last = fullName.isEmpty() ? ' ' : fullName.charAt(fullName.length() - 1);
            if (last == '"' || last == '`') {
                int start = fullName.length() - 2;
                while (start >= 0) {
                    if (fullName.charAt(start) == last) {
                        if (start > 0 && fullName.charAt(start - 1) == last) {
                            start -= 2;
                            continue;
                        }
                        break;
                    }
                    start--;
                }
                String doubled = String.valueOf(last) + last;
                return fullName.substring(start + 1, fullName.length() - 1).replace(doubled, String.valueOf(last));
            }
            int dot = fullName.lastIndexOf('.');
            return dot < 0 ? fullName : fullName.substring(dot + 1);
        }
    }
}
