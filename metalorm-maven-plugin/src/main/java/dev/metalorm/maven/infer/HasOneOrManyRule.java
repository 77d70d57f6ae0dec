package dev.metalorm.maven.infer;

import dev.metalorm.maven.snapshot.ForeignKeySnapshot;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The inverse of every foreign key, on the referenced (parent) table. Rules:
 *
 * <ul>
 *   <li>{@value #HAS_ONE_PRIMARY_KEY}: the FK columns are exactly the child's primary key (one child per parent);</li>
 *   <li>{@value #HAS_ONE_UNIQUE}: the FK columns are exactly a unique constraint or unique index of the child;</li>
 *   <li>{@value #HAS_MANY}: otherwise.</li>
 * </ul>
 *
 * Junction tables get these inverses too (User.userRoles next to User.roles): the pivot rows, with
 * their payload columns, stay reachable from both sides, as in Prisma and EF Core.
 */
final class HasOneOrManyRule {
    static final String HAS_ONE_PRIMARY_KEY = "has-one-primary-key";
    static final String HAS_ONE_UNIQUE = "has-one-unique-fk";
    static final String HAS_MANY = "has-many";

    private HasOneOrManyRule() {
    }

    static Relation apply(TableSnapshot child, ForeignKeySnapshot fk) {
        Reason reason;
        RelationKind kind;
        Optional<String> key = KeyFacts.keyEqualTo(child, fk.columns());
        if (key.isPresent()) {
            kind = RelationKind.HAS_ONE;
            boolean primary = KeyFacts.isPrimaryKey(child, fk);
            reason = new Reason(primary ? HAS_ONE_PRIMARY_KEY : HAS_ONE_UNIQUE,
                    KeyFacts.keyOf(child.name(), fk) + " equals " + key.get());
        } else {
            kind = RelationKind.HAS_MANY;
            reason = new Reason(HAS_MANY, KeyFacts.keyOf(child.name(), fk)
                    + " is neither the primary key nor a unique key of " + child.name());
        }
        return new Relation(
                kind,
                fk.referencedTable(),
                child.name(),
                fk.name(),
                null,
                fk.columns(),
                fk.referencedColumns(),
                List.of(),
                null,
                List.of(),
                List.of(),
                reason);
    }
}
