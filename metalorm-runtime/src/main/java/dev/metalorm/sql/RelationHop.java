package dev.metalorm.sql;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import java.util.List;
import java.util.Objects;

/**
 * How one relation reaches from its owner's rows to its target's, resolved to columns: without a
 * pivot, {@code target.targetColumns = owner.ownerColumns}; through a pivot,
 * {@code pivot.pivotToOwner = owner.ownerColumns AND target.targetColumns = pivot.pivotToTarget}.
 *
 * @param relation the relation
 * @param owner the table declaring it
 * @param target the table on the other side
 * @param ownerColumns the owner's side: its foreign key (belongsTo) or the key referred to (the others)
 * @param targetColumns the target's side: its foreign key (hasMany, hasOne) or its key (belongsTo, belongsToMany)
 * @param pivot the pivot table of a belongsToMany, else null
 */
public record RelationHop(RelationModel relation, TableModel owner, TableModel target, List<ColumnModel> ownerColumns,
                          List<ColumnModel> targetColumns, TableModel pivot, List<ColumnModel> pivotToOwner,
                          List<ColumnModel> pivotToTarget) {
    public RelationHop {
        Objects.requireNonNull(relation, "relation");
        ownerColumns = List.copyOf(ownerColumns);
        targetColumns = List.copyOf(targetColumns);
        pivotToOwner = List.copyOf(pivotToOwner);
        pivotToTarget = List.copyOf(pivotToTarget);
    }

    public static RelationHop of(Model model, TableModel owner, RelationModel r) {
        TableModel target = model.table(r.target());
        if (r instanceof RelationModel.HasMany h) {
            return new RelationHop(r, owner, target, owner.columns(h.localKey()), target.columns(h.foreignKey()), null, List.of(),
                    List.of());
        } else if (r instanceof RelationModel.HasOne h) {
            return new RelationHop(r, owner, target, owner.columns(h.localKey()), target.columns(h.foreignKey()), null, List.of(),
                    List.of());
        } else if (r instanceof RelationModel.BelongsTo b) {
            return new RelationHop(r, owner, target, owner.columns(b.foreignKey()), target.columns(b.targetKey()), null, List.of(),
                    List.of());
        }
        RelationModel.BelongsToMany m = (RelationModel.BelongsToMany) r;
        TableModel pivot = model.table(m.pivot());
        return new RelationHop(r, owner, target, owner.columns(m.localKey()), target.columns(m.targetKey()), pivot,
                pivot.columns(m.pivotForeignKeyToRoot()), pivot.columns(m.pivotForeignKeyToTarget()));
    }

    /** At most one target row per owner row by construction: a belongsTo. */
    public boolean singleValued() {
        return relation instanceof RelationModel.BelongsTo;
    }

    public String name() {
        return relation.name();
    }
}
