package io.livedrop.drop.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropReadsTest {

    @Test
    void remainingIsTheQuantityLessWhatIsReserved() {
        assertThat(DropReads.remaining(10, 0)).isEqualTo(10);
        assertThat(DropReads.remaining(10, 3)).isEqualTo(7);
    }

    @Test
    void remainingIsNeverNegativeNorAboveTheQuantity() {
        assertThat(DropReads.remaining(10, 12)).isZero();
        assertThat(DropReads.remaining(10, -1)).isEqualTo(10);
    }
}
