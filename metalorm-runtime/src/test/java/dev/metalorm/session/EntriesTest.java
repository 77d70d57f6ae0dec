package dev.metalorm.session;

import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.MetalOrm;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.schema.TableDefinition;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class EntriesTest {
    private static final TableDefinition ROWS = defineTable("rows", integer("id").primaryKey());
    private static final TableModel TABLE = table();

    private static TableModel table() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:entries_test");
        return MetalOrm.builder(h2).checkSchema(false).tables(ROWS).build().model().table("rows"); // a model, no tables
    }

    private static List<EntityEntry> entries(int n) {
        List<EntityEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new EntityEntry(TABLE, new Object(), i, EntityEntry.State.NEW));
        }
        return out;
    }

    private static void putAll(Entries entries, List<EntityEntry> in) {
        for (EntityEntry e : in) {
            entries.put(e);
        }
    }

    @Test
    void handsEntriesOutInTheOrderTheyCameInAndSkipsThoseThatLeft() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(5);
        putAll(entries, in);
        entries.remove(in.get(1).entity);
        entries.remove(in.get(3).entity);
        assertThat(entries.values()).containsExactly(in.get(0), in.get(2), in.get(4));
        assertThat(entries.values()).hasSize(3);
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(in.get(1).entity)).isNull();
        assertThat(entries.containsKey(in.get(2).entity)).isTrue();
    }

    @Test
    void anEntryBackBeforeCompactionKeepsItsPlaceAndIsHandedOutOnce() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(3);
        putAll(entries, in);
        entries.remove(in.get(0).entity);
        entries.put(in.get(0));
        entries.put(in.get(0)); // again: nothing changes
        assertThat(entries.values()).containsExactly(in.get(0), in.get(1), in.get(2));
    }

    @Test
    void aNewEntryForTheSameInstanceReplacesTheOld() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(2);
        putAll(entries, in);
        EntityEntry again = new EntityEntry(TABLE, in.get(0).entity, 2, EntityEntry.State.MANAGED);
        entries.put(again);
        assertThat(entries.values()).containsExactly(in.get(1), again);
        assertThat(entries.get(again.entity)).isSameAs(again);
    }

    @Test
    void compactsWhenMostHaveLeftAndKeepsTheOrderOfTheRest() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(1000);
        putAll(entries, in);
        List<EntityEntry> kept = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (i % 10 == 0) {
                kept.add(in.get(i));
            } else {
                entries.remove(in.get(i).entity);
            }
        }
        EntityEntry last = entries(1).get(0);
        entries.put(last); // compacts first
        kept.add(last);
        assertThat(entries.values()).containsExactlyElementsOf(kept);
        // a removed entry put back after compaction comes in again at the end
        entries.put(in.get(1));
        kept.add(in.get(1));
        assertThat(entries.values()).containsExactlyElementsOf(kept);
        assertThat(entries.size()).isEqualTo(kept.size());
    }

    @Test
    void removingWhileReadingIsSeenAndAddingWhileReadingFails() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(3);
        putAll(entries, in);
        List<EntityEntry> seen = new ArrayList<>();
        for (EntityEntry e : entries.values()) {
            seen.add(e);
            entries.remove(in.get(2).entity);
        }
        assertThat(seen).containsExactly(in.get(0), in.get(1));
        EntityEntry late = entries(1).get(0);
        assertThatThrownBy(() -> {
            for (EntityEntry e : entries.values()) {
                entries.put(late);
            }
        }).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void clearForgetsEverything() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(3);
        putAll(entries, in);
        entries.remove(in.get(0).entity);
        entries.clear();
        assertThat(entries.values()).isEmpty();
        entries.put(in.get(0));
        assertThat(entries.values()).containsExactly(in.get(0));
    }

    @Test
    void holdsSaysWhatALookupByInstanceSaysThroughPutsRemovalsReplacementsCompactionAndClear() {
        Entries entries = new Entries();
        List<EntityEntry> in = entries(300);
        List<EntityEntry> all = new ArrayList<>(in);
        putAll(entries, in);
        assertHoldsAsLookup(entries, all);
        for (int i = 0; i < 250; i++) {
            entries.remove(in.get(i).entity);
        }
        assertHoldsAsLookup(entries, all);
        EntityEntry replacing = new EntityEntry(TABLE, in.get(260).entity, 300, EntityEntry.State.MANAGED);
        all.add(replacing);
        entries.put(replacing); // compacts first: 250 of 300 left
        entries.put(in.get(3)); // back after compaction
        assertHoldsAsLookup(entries, all);
        assertThat(entries.holds(in.get(260))).isFalse();
        assertThat(entries.holds(replacing)).isTrue();
        entries.clear();
        assertHoldsAsLookup(entries, all);
        entries.put(in.get(5));
        assertHoldsAsLookup(entries, all);
        assertThat(entries.holds(in.get(5))).isTrue();
    }

    private static void assertHoldsAsLookup(Entries entries, List<EntityEntry> all) {
        for (EntityEntry e : all) {
            assertThat(entries.holds(e)).as("holds(%s)", e.sequence).isEqualTo(entries.get(e.entity) == e);
        }
    }
}
