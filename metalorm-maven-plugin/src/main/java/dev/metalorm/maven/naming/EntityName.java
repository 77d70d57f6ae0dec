package dev.metalorm.maven.naming;

import java.util.List;
import java.util.Objects;

/**
 * A table's class name and the singular words relation names are made from ({@code users_roles}:
 * {@code UserRole}, [user, role]; an entity renamed to {@code StringEntity} keeps [string]).
 */
record EntityName(String className, List<String> words) {
    EntityName {
        Objects.requireNonNull(className, "className");
        words = List.copyOf(words);
    }
}
