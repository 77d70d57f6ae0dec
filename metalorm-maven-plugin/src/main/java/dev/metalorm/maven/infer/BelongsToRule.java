package dev.metalorm.maven.infer;

import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.List;

/** Rule {@value #ID}: every foreign key gives its table a belongsTo to the referenced table. */
final class BelongsToRule {
    static final String ID = "belongs-to";

    private BelongsToRule() {
    }

    static Relation apply(TableSnapshot child, ForeignKeySnapshot fk) {
        return new Relation(
                RelationKind.BELONGS_TO,
                child.name(),
                fk.referencedTable(),
                fk.name(),
                null,
                fk.columns(),
                List.of(),
                fk.referencedColumns(),
                null,
                List.of(),
                List.of(),
                new Reason(ID, KeyFacts.key(fk)));
    }
}
