package dev.metalorm.maven.naming;

import dev.metalorm.maven.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Every identifier the generated sources use, decided once: render invents none.
 *
 * @param packageName the Java package of the entities
 * @param entities one per table, sorted by class name
 * @param diagnostics what naming wants the user to know (renamed keywords, resolved clashes)
 * @param enums the Java enums to generate in the same package, sorted by class name
 */
public record NamedModel(String packageName, List<EntityModel> entities, List<Diagnostic> diagnostics, List<EnumModel> enums) {
    public NamedModel {
        Objects.requireNonNull(packageName, "packageName");
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        enums = List.copyOf(Objects.requireNonNull(enums, "enums"));
    }

    /** A model without generated enums. */
    public NamedModel(String packageName, List<EntityModel> entities, List<Diagnostic> diagnostics) {
        this(packageName, entities, diagnostics, List.of());
    }
}
