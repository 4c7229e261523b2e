package io.livedrop.search.creators;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.livedrop.search.index.Queries;
import io.livedrop.search.index.QueryText;
import io.livedrop.search.index.SearchAfterCursor;
import io.livedrop.search.index.SearchIndex;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search/creators?q=}: verified creators first, then by relevance. */
@RestController
class CreatorSearch {

    private static final String SORT = "creators";

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    CreatorSearch(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @GetMapping("/api/v1/search/creators")
    CursorPage<CreatorHit> search(@RequestParam(required = false) String q, CursorRequest page) {
        String text = QueryText.of("q", q);
        List<FieldValue> after = page.cursor() == null ? null : SearchAfterCursor.decode(page.cursor(), SORT, 3);
        SearchRequest request = request(indices.alias(SearchIndex.CREATORS), text, page.fetchSize(), after);
        SearchResponse<CreatorDocument> response = Queries.run(() -> client.search(request, CreatorDocument.class));
        List<Hit<CreatorDocument>> hits = response.hits().hits();
        List<Hit<CreatorDocument>> kept = hits.subList(0, Math.min(hits.size(), page.limit()));
        String next = hits.size() > page.limit() ? SearchAfterCursor.encode(SORT, kept.getLast().sort()) : null;
        return new CursorPage<>(kept.stream().map(CreatorSearch::toHit).toList(), next);
    }

    static SearchRequest request(String index, String text, int size, List<FieldValue> after) {
        Query query = text == null ? Query.of(q -> q.matchAll(m -> m))
                // multi_match treats the text as text: no operator or ES syntax in it is ever parsed.
                : Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.BestFields)
                        .fields("handle^3", "displayName^2", "bio")));
        return SearchRequest.of(s -> {
            s.index(index).size(size).query(query)
                    .sort(o -> o.field(f -> f.field("verified").order(SortOrder.Desc)))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    private static CreatorHit toHit(Hit<CreatorDocument> hit) {
        CreatorDocument doc = hit.source();
        return new CreatorHit(java.util.UUID.fromString(doc.id()), doc.handle(), doc.displayName(), doc.verified());
    }
}
