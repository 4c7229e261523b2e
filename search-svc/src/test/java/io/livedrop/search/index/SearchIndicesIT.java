package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;

class SearchIndicesIT extends SearchHarness {

    /** The drops mapping before v2 added {@code productIds}. */
    private static final String DROPS_V1 = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"dynamic": "strict", "properties": {
               "id": {"type": "keyword"}, "creatorId": {"type": "keyword"},
               "title": {"type": "text", "analyzer": "standard"}, "status": {"type": "keyword"},
               "startsAt": {"type": "date"}, "endsAt": {"type": "date"},
               "suggest": {"type": "completion", "analyzer": "simple"}}}}""";

    @Test
    void anIndexOfAnOlderMappingGetsTheNewFieldsInPlaceAtStartUp() throws IOException {
        String prefix = PREFIX + "upgrade-";
        String alias = prefix + "drops";
        String old = alias + "-v1";
        elasticsearch.indices().create(c -> c.index(old).withJson(new StringReader(DROPS_V1)).aliases(alias, a -> a));
        SearchIndices indices = new SearchIndices(elasticsearch,
                new SearchProperties(prefix, Duration.ofMillis(500), Duration.ofSeconds(10)));

        indices.afterSingletonsInstantiated();

        assertThat(indices.currentIndex(SearchIndex.DROPS)).isEqualTo(old);
        assertThat(elasticsearch.indices().getMapping(g -> g.index(old)).get(old).mappings().properties())
                .containsKey("productIds");
        // A drop with its products is now written where a strict v1 mapping would have refused it.
        elasticsearch.index(i -> i.index(alias).id("d1").document(Map.of("id", "d1", "status", "scheduled",
                "productIds", List.of("p1"))));
        assertThat(elasticsearch.get(g -> g.index(alias).id("d1"), Map.class).found()).isTrue();
    }
}
