package io.livedrop.search.suggest;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.json.JsonData;
import io.livedrop.search.index.Queries;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.web.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search/suggest?prefix=}: one completion-suggester request over the three
 * aliases, since each index has a {@code suggest} field (product titles, creator handles and names,
 * titles of drops still to come or live). Archived products and past drops carry no input.
 */
@RestController
class SuggestController {

    static final int MAX_PREFIX = 100;
    static final int SIZE = 10;
    private static final String NAME = "complete";

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    SuggestController(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @GetMapping("/api/v1/search/suggest")
    Suggestions suggest(@RequestParam(required = false) String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > MAX_PREFIX) {
            throw ProblemException.invalid("prefix", "must be 1 to " + MAX_PREFIX + " characters");
        }
        List<String> aliases = List.of(indices.alias(SearchIndex.PRODUCTS), indices.alias(SearchIndex.CREATORS),
                indices.alias(SearchIndex.DROPS));
        SearchRequest request = SearchRequest.of(s -> s.index(aliases).size(0).source(src -> src.fetch(false))
                .suggest(sg -> sg.suggesters(NAME, f -> f.prefix(prefix.strip())
                        .completion(c -> c.field("suggest").size(SIZE)))));
        SearchResponse<JsonData> response = Queries.run(() -> client.search(request, JsonData.class));
        return new Suggestions(response.suggest().getOrDefault(NAME, List.of()).stream()
                .flatMap(suggestion -> suggestion.completion().options().stream())
                .map(this::toSuggestion)
                .toList());
    }

    private Suggestion toSuggestion(CompletionSuggestOption<JsonData> option) {
        String kind = switch (indices.collectionOf(option.index())) {
            case PRODUCTS -> "product";
            case CREATORS -> "creator";
            case DROPS -> "drop";
            case PRODUCT_STOCK -> throw new IllegalStateException("product-stock has no suggestions");
        };
        return new Suggestion(option.text(), kind, option.id());
    }
}
