package dev.metalorm.maven.naming;

import dev.metalorm.maven.snapshot.EnumSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * One Java enum to generate: for a PostgreSQL enum type (shared by every column of the type) or for one MySQL/MariaDB
 * {@code ENUM} column.
 *
 * @param className simple class name, unique in the package (case-insensitively) among entities, base classes and
 *        other enums; never a java.lang or imported type name
 * @param values the database type and its labels
 * @param columns the columns typed with it, sorted by table then column position
 * @param constants one per label, in the labels' order
 */
public record EnumModel(String className, EnumSnapshot values, List<ColumnRef> columns, List<Constant> constants) {
    public EnumModel {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(values, "values");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        constants = List.copyOf(Objects.requireNonNull(constants, "constants"));
    }

    /** The tables of {@link #columns()}, each once, in order. */
    public List<String> tables() {
        return columns.stream().map(ColumnRef::table).distinct().toList();
    }

    /** What the enum comes from, for javadoc, headers and reports: {@code enum type public.order_status}, {@code column orders.status}. */
    public String source() {
        return values.namedType() ? "enum type " + values.schema() + "." + values.typeName() : "column " + columns.get(0);
    }

    /** A column typed with the enum. */
    public record ColumnRef(String table, String column) {
        public ColumnRef {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /**
     * One constant.
     *
     * @param name the constant's Java name, UPPER_SNAKE
     * @param label the database label it stands for
     */
    public record Constant(String name, String label) {
        public Constant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
        }

        /** Whether the constant needs {@code @EnumValue(label)}: its name is not the label. */
        public boolean labelled() {
            return !name.equals(label);
        }
    }
}
