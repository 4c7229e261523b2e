package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.livedrop.search.SearchHarness;
import io.livedrop.search.drops.ProductsInDrops;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Elasticsearch away, shown with a second client pointed at a closed port (the shared node must keep
 * running for everyone else): searches answer 503 fast.
 */
class SearchUnavailableIT extends SearchHarness {

    @Autowired
    SearchIndices indices;

    @Test
    void aSearchAnswers503WhenElasticsearchIsUnreachable() throws IOException {
        int port = closedPort();
        try (ElasticsearchClient down = ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + port))) {
            ProductSearch search = new ProductSearch(down, indices, new ProductsInDrops(down, indices));
            assertThatThrownBy(() -> search.search("lamp", null, null, null, null, null, null,
                    new CursorRequest(20, null)))
                    .isInstanceOfSatisfying(ProblemException.class,
                            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(503));
            // The in-drop filter's lookup in the drops index answers the same way.
            assertThatThrownBy(() -> search.search(null, null, null, null, null, "true", null,
                    new CursorRequest(20, null)))
                    .isInstanceOfSatisfying(ProblemException.class,
                            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(503));
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
