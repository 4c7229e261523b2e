package io.livedrop.search.drops;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
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

/** {@code GET /api/v1/search/drops?q=&status=}: by relevance, then soonest-starting last, paged by search_after. */
@RestController
class DropSearch {

    private static final String SORT = "drops";

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    DropSearch(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @GetMapping("/api/v1/search/drops")
    CursorPage<DropHit> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String status, CursorRequest page) {
        String text = QueryText.of("q", q);
        DropStatus wanted = status == null || status.isBlank() ? null : DropStatus.fromParam(status.strip());
        List<FieldValue> after = page.cursor() == null ? null : SearchAfterCursor.decode(page.cursor(), SORT, 3);
        SearchRequest request = request(indices.alias(SearchIndex.DROPS), text, wanted, page.fetchSize(), after);
        SearchResponse<DropDocument> response = Queries.run(() -> client.search(request, DropDocument.class));
        List<Hit<DropDocument>> hits = response.hits().hits();
        List<Hit<DropDocument>> kept = hits.subList(0, Math.min(hits.size(), page.limit()));
        String next = hits.size() > page.limit() ? SearchAfterCursor.encode(SORT, kept.getLast().sort()) : null;
        return new CursorPage<>(kept.stream().map(DropSearch::toHit).toList(), next);
    }

    static SearchRequest request(String index, String text, DropStatus status, int size, List<FieldValue> after) {
        List<Query> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("status").value(status.value()))));
        }
        // match, not query_string: the text is analysed as text and never parsed as syntax.
        Query textQuery = text == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.match(m -> m.field("title").query(text)));
        return SearchRequest.of(s -> {
            s.index(index).size(size).query(q -> q.bool(b -> b.must(textQuery).filter(filters)))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("startsAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    private static DropHit toHit(Hit<DropDocument> hit) {
        DropDocument doc = hit.source();
        return new DropHit(UUID.fromString(doc.id()), UUID.fromString(doc.creatorId()), doc.title(), doc.status(),
                doc.startsAt(), doc.endsAt());
    }
}
