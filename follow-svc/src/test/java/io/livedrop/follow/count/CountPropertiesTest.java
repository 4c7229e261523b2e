package io.livedrop.follow.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CountPropertiesTest {

    @Test
    void aCreatorNeedsAtLeastOneCounterSlotAndNoMoreThanTheColumnHolds() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties(0));
        assertThatIllegalArgumentException().isThrownBy(() -> properties(Short.MAX_VALUE + 1));
        assertThat(properties(1).slots()).isEqualTo(1);
    }

    @Test
    void countKeysAreNamespacedPerCreator() {
        UUID creatorId = UUID.fromString("0196a0c4-0000-7000-8000-000000000002");

        assertThat(FollowerCountCache.key(creatorId)).isEqualTo("ld:follow:count:{" + creatorId + "}");
    }

    private static CountProperties properties(int slots) {
        return new CountProperties(slots, Duration.ofSeconds(1), 100, Duration.ofMinutes(1));
    }
}
