package dev.metalorm.maven.introspect;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.EnumSnapshot;
import dev.metalorm.maven.snapshot.Generation;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.TableKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PostgreSQL schema from pg_catalog with seven statements whatever its size
 * ({@code introspect/postgres/*.sql}): the schemas, the tables, then the columns, the constraints, the
 * unique indexes and the plain indexes of the kept tables, joined in Java.
 *
 * <p>Filters: the table list is read first and filtered in Java; the other queries take the kept names as
 * one array parameter ({@code relname = ANY(?)}), so excluded tables are never read.
 *
 * <p>Facts: serial columns ({@code nextval(...)} default) and identity columns are auto-increment with no
 * default; identity {@code GENERATED ALWAYS} is {@link Generation#IDENTITY_ALWAYS}, a stored generated column
 * ({@code attgenerated = 's'}) {@link Generation#COMPUTED}; unique indexes that back no constraint are {@code index = true}, partial and expression unique
 * indexes are left out; foreign keys to tables of other schemas give no relation and are listed in
 * {@link SchemaSnapshot#foreignKeysElsewhere()}; a key to a partitioned table is read once, without the copies
 * PostgreSQL adds for each partition ({@code conparentid <> 0}); a domain column takes the JDBC
 * type of its base type and keeps the domain's name as native type. A column of an enum type carries the type's
 * schema, name and labels in {@code enumsortorder} (read for all tables at once); a domain over an enum and an array
 * of an enum do not (they stay String and String[]).
 */
public final class PostgresIntrospector implements Introspector {

    @Override
    public SchemaSnapshot read(Connection connection, IntrospectionRequest request) {
        DatabaseProduct product = DatabaseProduct.of(connection);
        String step = "schemas";
        try {
            String schema = SchemaResolution.resolveFromQuery(connection, "postgres",
                    name -> name.startsWith("pg_") || name.equals("information_schema"), request, "schema", product);
            SnapshotAssembler assembler = new SnapshotAssembler();
            step = "tables";
            readTables(connection, schema, request, assembler);
            Array names = connection.createArrayOf("text", assembler.tableNames().toArray());
            step = "enum types";
            Map<String, EnumSnapshot> enums = readEnums(connection, schema, names);
            step = "columns";
            readColumns(connection, schema, names, enums, assembler);
            step = "constraints";
            readConstraints(connection, schema, names, assembler);
            step = "unique indexes";
            readUniqueIndexes(connection, schema, names, assembler);
            step = "indexes";
            readIndexes(connection, schema, names, assembler);
            names.free();
            return assembler.build(product, schema, SchemaResolution.isCurrent(connection, schema, false));
        } catch (SQLException e) {
            throw new IntrospectionException("Cannot read the " + step + " of PostgreSQL from pg_catalog: "
                    + SchemaResolution.oneLine(e) + ". Check that the user may read pg_catalog.", e);
        }
    }

    private static void readTables(Connection connection, String schema, IntrospectionRequest request,
                                   SnapshotAssembler assembler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "tables"))) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("relname");
                    String relkind = rs.getString("relkind");
                    TableKind kind = relkind.equals("v") || relkind.equals("m") ? TableKind.VIEW : TableKind.TABLE;
                    if ((kind == TableKind.VIEW && !request.includeViews()) || !request.accepts(name)) {
                        continue;
                    }
                    assembler.addTable(name, kind, rs.getString("table_comment"));
                }
            }
        }
    }

    /** The enum types the tables use, by schema and name joined with NUL (which no name holds). */
    private static Map<String, EnumSnapshot> readEnums(Connection connection, String schema, Array names) throws SQLException {
        Map<String, List<String>> labels = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "enums"))) {
            ps.setString(1, schema);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.computeIfAbsent(rs.getString("type_schema") + "\u0000" + rs.getString("typname"), k -> new ArrayList<>())
                            .add(rs.getString("enumlabel"));
                }
            }
        }
        Map<String, EnumSnapshot> out = new TreeMap<>();
        labels.forEach((key, values) -> {
            int nul = key.indexOf('\u0000');
            out.put(key, new EnumSnapshot(key.substring(0, nul), key.substring(nul + 1), values));
        });
        return out;
    }

    private static void readColumns(Connection connection, String schema, Array names, Map<String, EnumSnapshot> enums,
                                    SnapshotAssembler assembler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "columns"))) {
            ps.setString(1, schema);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String typname = rs.getString("typname");
                    boolean domain = "d".equals(rs.getString("typtype"));
                    int jdbcType = domain
                            ? NativeTypes.postgres(rs.getString("base_typname"), rs.getString("base_typtype"),
                                    rs.getString("base_typcategory"))
                            : NativeTypes.postgres(typname, rs.getString("typtype"), rs.getString("typcategory"));
                    int typmod = rs.getInt("atttypmod");
                    if (typmod < 0 && domain) {
                        typmod = rs.getInt("typtypmod");
                    }
                    int size = 0;
                    int scale = 0;
                    if (typmod >= 4 && NativeTypes.hasLength(jdbcType)) {
                        size = typmod - 4;
                    } else if (typmod >= 4 && NativeTypes.hasPrecision(jdbcType)) {
                        size = ((typmod - 4) >> 16) & 0xffff;
                        scale = (typmod - 4) & 0xffff;
                    } else if (jdbcType == java.sql.Types.BIT) {
                        size = NativeTypes.bitLength(domain ? rs.getString("base_typname") : typname, typmod); // bit's typmod is n
                    }
                    String identity = rs.getString("attidentity");
                    String generated = rs.getString("attgenerated");
                    String defaultExpr = generated != null && !generated.isEmpty() ? null : rs.getString("default_expr");
                    boolean autoIncrement = (identity != null && !identity.isEmpty())
                            || (defaultExpr != null && defaultExpr.startsWith("nextval("));
                    // attgenerated 's': GENERATED ALWAYS AS (expr) STORED; attidentity 'a' ALWAYS, 'd' BY DEFAULT
                    Generation generation = generated != null && !generated.isEmpty() ? Generation.COMPUTED
                            : "a".equals(identity) ? Generation.IDENTITY_ALWAYS
                            : Generation.NONE;
                    assembler.addColumn(rs.getString("relname"), new ColumnSnapshot(
                            rs.getString("attname"),
                            rs.getInt("ordinal"),
                            jdbcType,
                            typname,
                            size,
                            scale,
                            !rs.getBoolean("attnotnull"),
                            autoIncrement ? null : DefaultValues.postgres(defaultExpr, jdbcType),
                            autoIncrement,
                            rs.getString("column_comment"),
                            generation,
                            "e".equals(rs.getString("typtype"))
                                    ? enums.get(rs.getString("type_schema") + "\u0000" + typname) : null));
                }
            }
        }
    }

    private static void readConstraints(Connection connection, String schema, Array names, SnapshotAssembler assembler)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "constraints"))) {
            ps.setString(1, schema);
            ps.setArray(2, names);
            ps.setString(3, schema); // the partitioned tables whose partitions declare foreign keys of their own
            ps.setArray(4, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("relname");
                    String name = rs.getString("conname");
                    int position = rs.getInt("ord");
                    String column = rs.getString("attname");
                    switch (rs.getString("contype")) {
                        case "p" -> assembler.addPrimaryKeyColumn(table, name, position, column);
                        case "u" -> assembler.addUniqueKeyColumn(table, name, false, position, column);
                        default -> {
                            if (schema.equals(rs.getString("ref_schema"))) {
                                assembler.addForeignKeyColumn(table, name, position, column, rs.getString("ref_table"),
                                        rs.getString("ref_column"));
                                assembler.setForeignKeyRules(table, name, action(rs.getString("confupdtype")),
                                        action(rs.getString("confdeltype")));
                            } else {
                                assembler.addForeignKeyElsewhereColumn(table, name, position, column, rs.getString("ref_schema"),
                                        rs.getString("ref_table"));
                            }
                        }
                    }
                }
            }
        }
    }

    private static void readUniqueIndexes(Connection connection, String schema, Array names,
                                          SnapshotAssembler assembler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "unique_indexes"))) {
            ps.setString(1, schema);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // generate_series counts key positions from 0
                    assembler.addUniqueKeyColumn(rs.getString("relname"), rs.getString("index_name"), true,
                            rs.getInt("ord") + 1, rs.getString("attname"));
                }
            }
        }
    }

    private static void readIndexes(Connection connection, String schema, Array names, SnapshotAssembler assembler)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQuery.load("postgres", "indexes"))) {
            ps.setString(1, schema);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assembler.addIndexColumn(rs.getString("relname"), rs.getString("index_name"), rs.getInt("ord") + 1,
                            rs.getString("attname"));
                }
            }
        }
    }

    /** pg_constraint.confupdtype / confdeltype. */
    private static ReferentialAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
