package dev.metalorm.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityItemsTest {
    /** Equal but distinct: the list must tell them apart. */
    private record Item(String name) {
    }

    @Test
    void goesByInstanceBelowAndAboveTheIndexedLength() {
        for (int n : new int[] {3, 40}) {
            IdentityItems items = new IdentityItems();
            List<Item> in = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Item item = new Item("x");
                in.add(item);
                items.add(item);
            }
            Item twin = new Item("x");
            assertThat(items.containsInstance(twin)).isFalse();
            assertThat(items.removeInstance(twin)).isFalse();
            assertThat(items.containsInstance(in.get(n - 1))).isTrue();
            assertThat(items.removeInstance(in.get(n - 1))).isTrue();
            assertThat(items.containsInstance(in.get(n - 1))).isFalse();
            assertThat(items).hasSize(n - 1);
        }
    }

    @Test
    void anInstanceInTwiceStaysInUntilRemovedTwice() {
        IdentityItems items = new IdentityItems();
        Item twice = new Item("twice");
        items.add(twice);
        for (int i = 0; i < 20; i++) {
            items.add(new Item("filler"));
        }
        items.add(twice);
        assertThat(items.removeInstance(twice)).isTrue();
        assertThat(items.containsInstance(twice)).isTrue();
        assertThat(items.get(20)).isSameAs(twice);
        assertThat(items.removeInstance(twice)).isTrue();
        assertThat(items.containsInstance(twice)).isFalse();
        items.addAll(List.of(twice, twice));
        items.set(0, new Item("replaced"));
        assertThat(items.containsInstance(twice)).isTrue();
        items.clear();
        assertThat(items.containsInstance(twice)).isFalse();
        assertThat(items).isEmpty();
    }

    @Test
    void iteratorsSeeTheItemsAsTheyWereWhenTaken() {
        IdentityItems items = new IdentityItems();
        for (int i = 0; i < 30; i++) {
            items.add(new Item("i" + i));
        }
        List<Object> seen = new ArrayList<>();
        for (Object o : items) {
            seen.add(o);
            items.removeInstance(o); // as session.remove(p) does while the user iterates load()
            items.add(new Item("new"));
        }
        assertThat(seen).hasSize(30).extracting(o -> ((Item) o).name()).startsWith("i0", "i1").endsWith("i29");
        assertThat(items).hasSize(30).allSatisfy(o -> assertThat(((Item) o).name()).isEqualTo("new"));
        List<Object> streamed = items.stream().peek(o -> items.add(o)).toList();
        assertThat(streamed).hasSize(30);
        assertThat(items).hasSize(60);
    }

    @Test
    void tellsTheSessionWhenAnInstanceComesIn() {
        int[] told = {0};
        IdentityItems items = new IdentityItems(() -> told[0]++);
        items.add(new Item("a"));
        items.addAll(List.of());
        items.addAll(List.of(new Item("b"), new Item("c")));
        items.removeInstance(items.get(0));
        items.clear();
        assertThat(told[0]).isEqualTo(2);
    }
}
