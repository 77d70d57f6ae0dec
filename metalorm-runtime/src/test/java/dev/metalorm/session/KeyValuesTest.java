package dev.metalorm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyValuesTest {
    @Test
    void aKeyOfOneValueComparesAsTheListOfThatValueWhateverItsIntegralType() {
        KeyValues seven = KeyValues.one(7);
        assertThat(seven).hasSize(1).containsExactly(7);
        for (Object same : List.of(7L, (short) 7, BigInteger.valueOf(7), new BigDecimal("7.00"))) {
            KeyValues other = KeyValues.of(List.of(same));
            assertThat(other).isEqualTo(seven);
            assertThat(other.hashCode()).isEqualTo(seven.hashCode());
        }
        assertThat(seven).isEqualTo(KeyValues.owning(new Object[] {7L})).isNotEqualTo(KeyValues.one(8));
        assertThat(seven.hashCode()).isEqualTo(List.of(7L).hashCode());
        assertThatThrownBy(() -> seven.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(seven).hasToString("[7]");
    }

    @Test
    void theUnsetKeyIsOneInstanceAndEqualsAListHoldingNull() {
        assertThat(KeyValues.one(null)).isSameAs(KeyValues.of(Arrays.asList((Object) null)))
                .isSameAs(KeyValues.owning(new Object[1])).containsExactly((Object) null);
    }

    @Test
    void aBinaryKeyOfOneValueIsCopiedAndComparedByContent() {
        byte[] id = {1, 2, 3};
        KeyValues key = KeyValues.one(id);
        byte[] sameBytes = id.clone();
        id[0] = 9; // the caller's array changes: the key does not
        assertThat(key).isEqualTo(KeyValues.of(List.of(sameBytes)));
        assertThat(key.hashCode()).isEqualTo(KeyValues.of(List.of(sameBytes)).hashCode());
        assertThat(key).hasToString("[0x010203]");
    }

    @Test
    void keysOfTwoValuesNeverEqualKeysOfOne() {
        KeyValues two = KeyValues.of(List.of(1, 2));
        assertThat(two).hasSize(2).containsExactly(1, 2).isEqualTo(KeyValues.of(List.of(1L, 2L)));
        assertThat(two).isNotEqualTo(KeyValues.one(1)).isNotEqualTo(KeyValues.of(List.of(2, 1)));
        assertThat(KeyValues.one(1)).isNotEqualTo(two);
    }

    @Test
    void anOffsetTimeComparesAsItsInstant() {
        java.time.OffsetDateTime local = java.time.OffsetDateTime.of(2022, 6, 1, 12, 0, 0, 0, java.time.ZoneOffset.ofHours(2));
        java.time.OffsetDateTime utc = local.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        assertThat(KeyValues.of(List.of(1, local))).isEqualTo(KeyValues.of(List.of(1L, utc)))
                .hasSameHashCodeAs(KeyValues.of(List.of(1L, utc)));
        assertThat(KeyValues.one(local.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")))).isEqualTo(KeyValues.one(utc))
                .hasSameHashCodeAs(KeyValues.one(utc));
        assertThat(KeyValues.one(local)).isNotEqualTo(KeyValues.one(local.plusSeconds(1)));
        assertThat(KeyValues.one(local).get(0)).isSameAs(local); // bound as given
    }
}
