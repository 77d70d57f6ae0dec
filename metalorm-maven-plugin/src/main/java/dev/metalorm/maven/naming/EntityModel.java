package dev.metalorm.maven.naming;

import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.snapshot.TableSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * One entity class to generate.
 *
 * @param table the table it maps
 * @param classification how infer classified the table
 * @param className simple class name, unique in the package, never a Java keyword or java.lang name
 * @param properties one per column, in column order
 * @param relations one per relation owned by this table, sorted by field name
 */
public record EntityModel(
        TableSnapshot table,
        TableClassification classification,
        String className,
        List<PropertyModel> properties,
        List<RelationProperty> relations) {

    public EntityModel {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(className, "className");
        properties = List.copyOf(Objects.requireNonNull(properties, "properties"));
        relations = List.copyOf(Objects.requireNonNull(relations, "relations"));
    }
}
