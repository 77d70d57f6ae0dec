package dev.metalorm.maven.infer;

import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.List;

/**
 * Rule {@value #ID}: a junction gives each referenced table a belongsToMany to the other, through the
 * junction's entity. A self-referencing junction ({@code friendships(user_id, friend_id)}) gives its
 * table two, one per direction; naming tells them apart.
 */
final class BelongsToManyRule {
    static final String ID = "belongs-to-many";

    private BelongsToManyRule() {
    }

    /** Both directions, {@code pair} sorted by FK name. */
    static List<Relation> apply(TableSnapshot junction, List<ForeignKeySnapshot> pair, boolean forced) {
        return List.of(
                one(junction, pair.get(0), pair.get(1), forced),
                one(junction, pair.get(1), pair.get(0), forced));
    }

    private static Relation one(TableSnapshot junction, ForeignKeySnapshot toRoot, ForeignKeySnapshot toTarget, boolean forced) {
        return new Relation(
                RelationKind.BELONGS_TO_MANY,
                toRoot.referencedTable(),
                toTarget.referencedTable(),
                toRoot.name(),
                toTarget.name(),
                List.of(),
                toRoot.referencedColumns(),
                toTarget.referencedColumns(),
                junction.name(),
                toRoot.columns(),
                toTarget.columns(),
                new Reason(ID, "junction " + junction.name() + (forced ? " (forced by override)" : "")
                        + ": " + KeyFacts.key(toRoot) + " to the owner, "
                        + KeyFacts.key(toTarget) + " to the target"));
    }
}
