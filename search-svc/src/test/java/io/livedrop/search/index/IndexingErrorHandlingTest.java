package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class IndexingErrorHandlingTest {

    @Test
    void anUnreachableClusterIsRecognisedThroughTheListenerWrapper() {
        var down = new SearchUnavailableException("down", new IOException("Connection refused"));

        assertThat(IndexingErrorHandling.searchDown(new ListenerExecutionFailedException("failed", down))).isTrue();
    }

    @Test
    void otherFailuresAreNotTreatedAsAnOutage() {
        assertThat(IndexingErrorHandling.searchDown(
                new ListenerExecutionFailedException("failed", new IllegalStateException("bad data")))).isFalse();
    }

    @Test
    void whileTheClusterIsAwayARecordIsRetriedWithoutLimit() {
        var backOff = IndexingErrorHandling.untilBack(
                new SearchProperties("x-", Duration.ofMillis(500), Duration.ofSeconds(10)));
        var execution = backOff.start();
        long last = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            last = execution.nextBackOff();
        }
        assertThat(last).isEqualTo(10_000);
    }
}
