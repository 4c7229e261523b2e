package io.livedrop.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void aPageIsSplitIntoFullBatchesAndARemainder() {
        List<Integer> ids = IntStream.range(0, 2_500).boxed().toList();

        List<List<Integer>> batches = Batches.of(ids, 1_000);

        assertThat(batches).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(ids);
    }

    @Test
    void anEmptyPageMakesNoBatches() {
        assertThat(Batches.of(List.of(), 1_000)).isEmpty();
    }
}
