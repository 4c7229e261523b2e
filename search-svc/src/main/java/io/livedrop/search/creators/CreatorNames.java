package io.livedrop.search.creators;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import org.springframework.stereotype.Component;

/**
 * A creator's display name for product documents, read from the creators index when a product is
 * indexed. Without painless there is no update-by-query, so a rename reaches a product's document
 * only with that product's next event: product search may show an old name until then.
 */
@Component
public class CreatorNames {

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    CreatorNames(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public Optional<String> nameOf(UUID creatorId) {
        try {
            GetResponse<CreatorDocument> creator = client.get(
                    g -> g.index(indices.alias(SearchIndex.CREATORS)).id(creatorId.toString()), CreatorDocument.class);
            return creator.found() ? Optional.ofNullable(creator.source().displayName()) : Optional.empty();
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }
}
