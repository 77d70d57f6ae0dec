package dev.metalorm.metadata;

import dev.metalorm.annotation.Cascade;
import java.util.Arrays;
import java.util.List;

/**
 * What a relation cascades.
 *
 * @param persist new related entities are persisted with their owner
 * @param remove removing the owner, or a child from the owner's collection, deletes the child
 */
public record Cascades(boolean persist, boolean remove) {
    public static final Cascades NONE = new Cascades(false, false);

    public static Cascades of(Cascade... values) {
        return of(Arrays.asList(values));
    }

    public static Cascades of(List<Cascade> values) {
        boolean persist = false;
        boolean remove = false;
        for (Cascade c : values) {
            persist |= c == Cascade.PERSIST || c == Cascade.ALL;
            remove |= c == Cascade.REMOVE || c == Cascade.ALL;
        }
        return new Cascades(persist, remove);
    }
}
