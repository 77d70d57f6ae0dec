package dev.metalorm.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A relation as declared; empty key lists mean "the referenced table's primary key".
 *
 * @param target the target table's name
 * @param pivot the pivot table's name (belongsToMany only), else null
 * @param origin for messages: {@code dev.app.User.posts (@HasMany)} or {@code table users, relation posts (hasMany)}
 */
public record RelationDeclaration(String name, RelationKind kind, String target, String pivot, List<String> foreignKey,
                                  List<String> localKey, List<String> targetKey, List<String> pivotForeignKeyToRoot,
                                  List<String> pivotForeignKeyToTarget, Cascades cascade, String origin) {
    public RelationDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        foreignKey = List.copyOf(foreignKey);
        localKey = List.copyOf(localKey);
        targetKey = List.copyOf(targetKey);
        pivotForeignKeyToRoot = List.copyOf(pivotForeignKeyToRoot);
        pivotForeignKeyToTarget = List.copyOf(pivotForeignKeyToTarget);
        Objects.requireNonNull(cascade, "cascade");
        Objects.requireNonNull(origin, "origin");
    }
}
