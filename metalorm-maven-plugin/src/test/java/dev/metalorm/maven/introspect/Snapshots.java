package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.snapshot.ColumnSnapshot;
import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.IndexSnapshot;
import dev.metalorm.maven.snapshot.PrimaryKeySnapshot;
import dev.metalorm.maven.snapshot.ReferentialAction;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import dev.metalorm.maven.snapshot.SnapshotDump;
import dev.metalorm.maven.snapshot.TableKind;
import dev.metalorm.maven.snapshot.TableSnapshot;
import dev.metalorm.maven.snapshot.UniqueKeySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Test helpers: requests, snapshot rewrites for comparisons, golden dumps. */
final class Snapshots {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/metalorm/maven/introspect/golden");

    private Snapshots() {
    }

    static IntrospectionRequest all() {
        return new IntrospectionRequest(null, List.of(), List.of(), true);
    }

    static IntrospectionRequest tablesOnly() {
        return new IntrospectionRequest(null, List.of(), List.of(), false);
    }

    static IntrospectionRequest filtered(List<String> includes, List<String> excludes, boolean views) {
        return new IntrospectionRequest(null, includes.stream().map(Pattern::compile).toList(),
                excludes.stream().map(Pattern::compile).toList(), views);
    }

    static SchemaSnapshot read(Connection c, IntrospectorChoice choice, IntrospectionRequest request) {
        return Introspectors.forConnection(c, choice).read(c, request);
    }

    /** The dump with the header's schema name and version replaced (test databases have random names). */
    static String dumpWithoutHeader(SchemaSnapshot s) {
        String dump = SnapshotDump.dump(s);
        return "schema <schema> (" + s.product() + ")" + dump.substring(dump.indexOf('\n'));
    }

    /** Compares with {@code golden/<name>.txt}; {@code -Dmetalorm.updateGolden=true} rewrites the file. */
    static void assertGolden(String name, String actual) {
        Path file = GOLDEN.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("metalorm.updateGolden")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Golden file " + file + " (create it with -Dmetalorm.updateGolden=true)", e);
        }
    }

    static SchemaSnapshot mapTables(SchemaSnapshot s, UnaryOperator<TableSnapshot> f) {
        return new SchemaSnapshot(s.product(), s.productVersion(), s.schema(),
                s.tables().stream().map(f).sorted(Comparator.comparing(TableSnapshot::name)).toList());
    }

    static SchemaSnapshot withoutTableComments(SchemaSnapshot s) {
        return mapTables(s, t -> new TableSnapshot(t.name(), t.kind(), "", t.columns(), t.primaryKey(),
                t.foreignKeys(), t.uniqueKeys(), t.indexes()));
    }

    /** Connector/J reports tinyint(1) as "bit"; information_schema as "tinyint". */
    static SchemaSnapshot withBitNativeTypes(SchemaSnapshot s) {
        return mapTables(s, t -> new TableSnapshot(t.name(), t.kind(), t.comment(), t.columns().stream()
                .map(c -> c.jdbcType() != Types.BIT ? c : new ColumnSnapshot(c.name(), c.ordinal(), c.jdbcType(), "bit",
                        c.size(), c.scale(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.comment()))
                .toList(), t.primaryKey(), t.foreignKeys(), t.uniqueKeys(), t.indexes()));
    }

    /**
     * What the same DDL must give on every engine: names lower-cased (H2), native types and PK names dropped
     * (engine-specific), DECIMAL/NUMERIC and BIT/BOOLEAN unified, boolean defaults as true/false, RESTRICT as
     * NO ACTION (MariaDB's and H2's default vs PostgreSQL's), unique index/constraint as one (every MySQL
     * unique index is a constraint), view columns without nullability, default or comment (MariaDB copies
     * them from the base table, PostgreSQL does not).
     */
    static SchemaSnapshot structure(SchemaSnapshot s) {
        List<TableSnapshot> tables = s.tables().stream().map(t -> {
            boolean view = t.kind() == TableKind.VIEW;
            List<ColumnSnapshot> columns = t.columns().stream().map(c -> {
                int type = c.jdbcType() == Types.NUMERIC ? Types.DECIMAL : c.jdbcType() == Types.BOOLEAN ? Types.BIT : c.jdbcType();
                String def = c.defaultValue();
                if (type == Types.BIT && def != null) {
                    def = def.equals("1") || def.equalsIgnoreCase("true") ? "true" : "false";
                }
                return new ColumnSnapshot(lower(c.name()), c.ordinal(), type, "-", c.size(), c.scale(),
                        view || c.nullable(), view ? null : def, c.autoIncrement(), view ? "" : c.comment());
            }).toList();
            PrimaryKeySnapshot pk = t.primaryKey() == null ? null : new PrimaryKeySnapshot("", lower(t.primaryKey().columns()));
            List<ForeignKeySnapshot> fks = t.foreignKeys().stream().map(fk -> new ForeignKeySnapshot(lower(fk.name()),
                    lower(fk.columns()), lower(fk.referencedTable()), lower(fk.referencedColumns()),
                    restrictAsNoAction(fk.onUpdate()), restrictAsNoAction(fk.onDelete())))
                    .sorted(Comparator.comparing(ForeignKeySnapshot::name)).toList();
            List<UniqueKeySnapshot> uks = t.uniqueKeys().stream()
                    .map(u -> new UniqueKeySnapshot(lower(u.name()), lower(u.columns()), false))
                    .sorted(Comparator.comparing(UniqueKeySnapshot::name)).toList();
            List<IndexSnapshot> indexes = t.indexes().stream()
                    .map(i -> new IndexSnapshot(lower(i.name()), lower(i.columns())))
                    .sorted(Comparator.comparing(IndexSnapshot::name)).toList();
            return new TableSnapshot(lower(t.name()), t.kind(), t.comment(), columns, pk, fks, uks, indexes);
        }).sorted(Comparator.comparing(TableSnapshot::name)).toList();
        return new SchemaSnapshot("any", "any", "any", tables);
    }

    private static ReferentialAction restrictAsNoAction(ReferentialAction a) {
        return a == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : a;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static List<String> lower(List<String> names) {
        return names.stream().map(Snapshots::lower).toList();
    }
}
