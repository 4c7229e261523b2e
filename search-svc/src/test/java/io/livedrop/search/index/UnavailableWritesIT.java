package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * An index write while Elasticsearch is away (a second client on a closed port; the shared node keeps
 * running): it fails as unavailable, which the Kafka error handler in this service retries for as
 * long as it takes instead of parking the record on the dead-letter topic.
 */
class UnavailableWritesIT extends SearchHarness {

    @Autowired
    SearchIndices indices;

    @Test
    void aWriteWhileElasticsearchIsAwayFailsAsUnavailableAndIsRetriedNotParked() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (ElasticsearchClient down = ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + port))) {
            // The indices are ready already, so only the document read and write go to the closed port.
            VersionedWrites writes = new VersionedWrites(down, indices);

            assertThatThrownBy(() -> writes.apply(SearchIndex.PRODUCTS, UUID.randomUUID().toString(), Instant.now(),
                    Object.class, current -> current))
                    .isInstanceOfSatisfying(SearchUnavailableException.class, failure -> {
                        var wrapped = new ListenerExecutionFailedException("listener failed", failure);
                        assertThat(IndexingErrorHandling.searchDown(wrapped)).isTrue();
                    });
        }
    }
}
