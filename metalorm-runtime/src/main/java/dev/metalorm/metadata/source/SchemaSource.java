package dev.metalorm.metadata.source;

import dev.metalorm.MetadataException;
import dev.metalorm.metadata.Cascades;
import dev.metalorm.metadata.ColumnDeclaration;
import dev.metalorm.metadata.ModelBuilder;
import dev.metalorm.metadata.RelationDeclaration;
import dev.metalorm.metadata.RelationKind;
import dev.metalorm.metadata.TableDeclaration;
import dev.metalorm.schema.ColumnDef;
import dev.metalorm.schema.RelationDef;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.RowAccessor;
import dev.metalorm.schema.TableDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns {@code defineTable} definitions into table declarations. Relation targets are suppliers,
 * called here, at build time, so tables may refer to tables declared after them; tables reached
 * only as targets or pivots are added too.
 */
public final class SchemaSource {
    private SchemaSource() {
    }

    public static void addAll(ModelBuilder builder, List<TableDefinition> definitions) {
        Deque<TableDefinition> pending = new ArrayDeque<>(definitions);
        Set<TableDefinition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            TableDefinition table = pending.removeFirst();
            if (seen.add(table)) {
                builder.add(declare(table, pending));
            }
        }
    }

    private static TableDeclaration declare(TableDefinition table, Deque<TableDefinition> pending) {
        List<ColumnDeclaration> columns = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            columns.add(new ColumnDeclaration(c.name(), c.name(), c.type(), c.javaType(), c.isPrimaryKey(), c.isGenerated(),
                    !c.isNotNull() && !c.isPrimaryKey(), c.isUnique(), c.hasDefault(), c.isReadOnly(), c.isVersion(), c.sqlType(),
                    c.isRefreshedOnUpdate(), "table " + table.name() + ", column " + c.name()));
        }
        List<RelationDeclaration> relations = new ArrayList<>();
        for (RelationDef r : table.relations()) {
            String origin = "table " + table.name() + ", relation " + r.name() + " (" + r.kind().function() + ")";
            TableDefinition target = resolve(r.target(), origin, "target");
            pending.addLast(target);
            String pivot = null;
            if (r.kind() == RelationKind.BELONGS_TO_MANY) {
                if (r.pivot() == null) {
                    throw new MetadataException(origin + ": pivot table is missing. Pass the pivot table's definition.");
                }
                TableDefinition p = resolve(r.pivot(), origin, "pivot table");
                pending.addLast(p);
                pivot = p.name();
            }
            relations.add(new RelationDeclaration(r.name(), r.kind(), target.name(), pivot, r.foreignKey(), r.localKey(),
                    r.targetKey(), r.pivotForeignKeyToRoot(), r.pivotForeignKeyToTarget(), Cascades.of(r.cascade()), origin));
        }
        return new TableDeclaration(table.name(), table.schema(), table.toString(), Row.class, false, columns, relations, new RowAccessor(table));
    }

    private static TableDefinition resolve(Supplier<TableDefinition> supplier, String origin, String what) {
        TableDefinition t = supplier.get();
        if (t == null) {
            throw new MetadataException(origin + ": the " + what + " supplier returned null. It is read when MetalOrm is "
                    + "built; make sure the referenced table's field is initialised by then.");
        }
        return t;
    }
}
