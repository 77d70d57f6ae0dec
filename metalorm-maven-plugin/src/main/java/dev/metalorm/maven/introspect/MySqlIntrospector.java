package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.EnumSnapshot;
import dev.metalorm.maven.snapshot.Generation;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a MySQL or MariaDB database from information_schema with six statements whatever its size
 * ({@code introspect/mysql/*.sql}): the databases, the tables, then the columns, key columns, foreign
 * key rules and plain indexes of the whole database, joined in Java.
 *
 * <p>Filters: the table list is read first and filtered in Java (names and views); the three bulk queries
 * are restricted to the database in SQL and skip the rows of dropped tables as they are read, so no
 * snapshot object is built for an excluded table.
 *
 * <p>Facts: every UNIQUE key is a constraint in MySQL ({@code index = false}); foreign keys to other
 * databases give no relation and are listed in {@link SchemaSnapshot#foreignKeysElsewhere()}; views have no comment (MariaDB reports "VIEW") and no keys; VIRTUAL/STORED/PERSISTENT
 * generated columns are {@link Generation#COMPUTED}. An ENUM column carries its labels, parsed from {@code COLUMN_TYPE}
 * ({@link EnumDefinition}); a SET column does not (it holds several labels at once: a String). MariaDB system-versioned tables: the implicit or INVISIBLE
 * {@code ROW START}/{@code ROW END} columns are not read, visible ones are computed, and the row-end column the
 * server adds to the primary key and every unique key is left out of them (the current rows are unique without it).
 */
public final class MySqlIntrospector implements Introspector {
    private static final Set<String> SYSTEM_DATABASES = Set.of("information_schema", "mysql", "performance_schema", "sys");

    @Override
    public SchemaSnapshot read(Connection connection, IntrospectionRequest request) {
        DatabaseProduct product = DatabaseProduct.of(connection);
        String step = "databases";
        try {
            String database = SchemaResolution.resolveFromQuery(connection, "mysql",
                    name -> SYSTEM_DATABASES.contains(name.toLowerCase(Locale.ROOT)), request, "database", product);
            SnapshotAssembler assembler = new SnapshotAssembler();
            step = "tables";
            readTables(connection, database, request, assembler);
            step = "columns";
            readColumns(connection, database, product, assembler);
            step = "key columns";
            readKeyColumns(connection, database, assembler);
            step = "foreign key rules";
            readForeignKeyRules(connection, database, assembler);
            step = "indexes";
            readIndexes(connection, database, assembler);
            return assembler.build(product, database, SchemaResolution.isCurrent(connection, database, true));
        } catch (SQLException e) {
            throw new IntrospectionException("Cannot read the " + step + " of " + product.name()
                    + " from information_schema: " + SchemaResolution.oneLine(e) + ". Check that the user may read information_schema.", e);
        }
    }

    private static void readTables(Connection connection, String database, IntrospectionRequest request,
                                   SnapshotAssembler assembler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("mysql", "tables"))) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String type = rs.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
                    TableKind kind = switch (type) {
                        case "BASE TABLE", "SYSTEM VERSIONED" -> TableKind.TABLE;
                        case "VIEW" -> TableKind.VIEW;
                        default -> null; // SEQUENCE, TEMPORARY, SYSTEM VIEW
                    };
                    if (kind == null || (kind == TableKind.VIEW && !request.includeViews()) || !request.accepts(name)) {
                        continue;
                    }
                    String comment = kind == TableKind.VIEW ? "" : nullToEmpty(rs.getString("TABLE_COMMENT"));
                    assembler.addTable(name, kind, comment);
                    if (type.equals("SYSTEM VERSIONED")) {
                        assembler.markSystemVersioned(name);
                    }
                }
            }
        }
    }

    private static void readColumns(Connection connection, String database, DatabaseProduct product,
                                    SnapshotAssembler assembler) throws SQLException {
        boolean mariaDb = product.name().equals(DatabaseProduct.MARIADB);
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("mysql", "columns"))) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!assembler.hasTable(table)) {
                        continue;
                    }
                    String dataType = rs.getString("DATA_TYPE");
                    String columnType = rs.getString("COLUMN_TYPE");
                    int jdbcType = NativeTypes.mysql(dataType, columnType);
                    int size = 0;
                    int scale = 0;
                    if (NativeTypes.hasLength(jdbcType)) {
                        size = clamp(rs.getLong("CHARACTER_MAXIMUM_LENGTH"));
                    } else if (NativeTypes.hasPrecision(jdbcType)) {
                        size = clamp(rs.getLong("NUMERIC_PRECISION"));
                        scale = clamp(rs.getLong("NUMERIC_SCALE"));
                    } else if (jdbcType == java.sql.Types.BIT) {
                        size = NativeTypes.bitLength(dataType, rs.getLong("NUMERIC_PRECISION")); // BIT(n) reports n
                    }
                    String extra = nullToEmpty(rs.getString("EXTRA")).toLowerCase(Locale.ROOT);
                    String name = rs.getString("COLUMN_NAME");
                    String expression = nullToEmpty(rs.getString("GENERATION_EXPRESSION")).strip().toUpperCase(Locale.ROOT);
                    boolean period = expression.equals("ROW START") || expression.equals("ROW END");
                    if (period && expression.equals("ROW END")) {
                        assembler.addPeriodEnd(table, name);
                    }
                    if (period && extra.contains("invisible")) {
                        continue; // system versioning's hidden columns: not part of the rows the application sees
                    }
                    // MariaDB: "VIRTUAL GENERATED", "STORED GENERATED" (PERSISTENT too); MySQL 8 the same, and
                    // "DEFAULT_GENERATED" for an expression default, which is a default and not a computed column
                    boolean computed = extra.contains("virtual generated") || extra.contains("stored generated");
                    boolean autoIncrement = extra.contains("auto_increment");
                    String rawDefault = rs.getString("COLUMN_DEFAULT");
                    String defaultValue = autoIncrement || computed ? null
                            : mariaDb ? DefaultValues.mariaDb(rawDefault)
                            : DefaultValues.mySql(rawDefault, extra, jdbcType);
                    assembler.addColumn(table, new ColumnSnapshot(
                            name,
                            rs.getInt("ORDINAL_POSITION"),
                            jdbcType,
                            NativeTypes.mysqlName(dataType, columnType),
                            size,
                            scale,
                            "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")),
                            defaultValue,
                            autoIncrement,
                            nullToEmpty(rs.getString("COLUMN_COMMENT")),
                            computed ? Generation.COMPUTED : Generation.NONE,
                            dataType.equalsIgnoreCase("enum") ? enumValues(columnType) : null,
                            // MariaDB "on update current_timestamp()", MySQL "DEFAULT_GENERATED on update CURRENT_TIMESTAMP"
                            extra.contains("on update")));
                }
            }
        }
    }

    private static void readKeyColumns(Connection connection, String database, SnapshotAssembler assembler)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("mysql", "key_columns"))) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!assembler.hasTable(table)) {
                        continue;
                    }
                    String name = rs.getString("CONSTRAINT_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    int position = rs.getInt("ORDINAL_POSITION");
                    String referencedTable = rs.getString("REFERENCED_TABLE_NAME");
                    if (referencedTable != null) {
                        String referencedDatabase = rs.getString("REFERENCED_TABLE_SCHEMA");
                        if (database.equals(referencedDatabase)) {
                            assembler.addForeignKeyColumn(table, name, position, column, referencedTable,
                                    rs.getString("REFERENCED_COLUMN_NAME"));
                        } else {
                            assembler.addForeignKeyElsewhereColumn(table, name, position, column, referencedDatabase, referencedTable);
                        }
                    } else if (name.equals("PRIMARY")) {
                        assembler.addPrimaryKeyColumn(table, name, position, column);
                    } else {
                        assembler.addUniqueKeyColumn(table, name, false, position, column);
                    }
                }
            }
        }
    }

    private static void readForeignKeyRules(Connection connection, String database, SnapshotAssembler assembler)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("mysql", "foreign_key_rules"))) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assembler.setForeignKeyRules(rs.getString("TABLE_NAME"), rs.getString("CONSTRAINT_NAME"),
                            SnapshotAssembler.action(rs.getString("UPDATE_RULE")),
                            SnapshotAssembler.action(rs.getString("DELETE_RULE")));
                }
            }
        }
    }

    private static void readIndexes(Connection connection, String database, SnapshotAssembler assembler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("mysql", "indexes"))) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (assembler.hasTable(table) && column != null) {
                        assembler.addIndexColumn(table, rs.getString("INDEX_NAME"), rs.getInt("SEQ_IN_INDEX"), column);
                    }
                }
            }
        }
    }

    private static EnumSnapshot enumValues(String columnType) {
        List<String> labels = columnType == null ? null : EnumDefinition.labels(columnType);
        return labels == null ? null : EnumSnapshot.ofColumn(labels);
    }

    private static int clamp(long value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
