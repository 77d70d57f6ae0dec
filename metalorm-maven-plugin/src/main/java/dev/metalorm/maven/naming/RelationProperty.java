package dev.metalorm.maven.naming;

import dev.metalorm.maven.infer.Relation;
import java.util.Objects;

/**
 * A relation's field.
 *
 * @param relation the inferred relation
 * @param fieldName the field's name, a valid Java identifier unique in the class (no clash with column fields)
 * @param getterName e.g. "getPosts"
 * @param targetClassName the simple class name of the target entity
 * @param pivotClassName for BELONGS_TO_MANY the simple class name of the pivot entity, else null
 */
public record RelationProperty(
        Relation relation,
        String fieldName,
        String getterName,
        String targetClassName,
        String pivotClassName) {

    public RelationProperty {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(getterName, "getterName");
        Objects.requireNonNull(targetClassName, "targetClassName");
    }
}
