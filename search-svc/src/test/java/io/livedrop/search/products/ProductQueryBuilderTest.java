package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProductQueryBuilderTest {

    private static final UUID CREATOR = UUID.fromString("0190a5f0-0000-7000-8000-000000000001");

    @Test
    void theTextGoesIntoAMultiMatchAsDataNeverIntoAQueryParser() {
        String text = "title:\"x\" AND (y OR z)~ * ?";

        JsonNode body = json(ProductQueryBuilder.build("p", query(text, ProductSort.RELEVANCE), null, 21, null));

        JsonNode multiMatch = body.at("/query/bool/must/0/multi_match");
        assertThat(multiMatch.get("query").asString()).isEqualTo(text);
        assertThat(multiMatch.get("fields").toString()).contains("title^3", "tags^2", "creatorName^2", "description");
        assertThat(body.toString()).doesNotContain("query_string");
        assertThat(body.at("/highlight/encoder").asString()).isEqualTo("html");
    }

    @Test
    void filtersExcludeArchivedAndApplyCategoryCreatorAndPrice() {
        ProductQuery query = new ProductQuery(null, "art", CREATOR, 100L, 900L, false, ProductSort.NEWEST);

        JsonNode filters = json(ProductQueryBuilder.build("p", query, null, 21, null)).at("/query/bool/filter");

        assertThat(filters.toString())
                .contains("\"archived\":{\"value\":false}")
                .contains("\"category\":{\"value\":\"art\"}")
                .contains("\"creatorId\":{\"value\":\"" + CREATOR + "\"}")
                .contains("\"price.amount\":{\"gte\":100.0,\"lte\":900.0}");
    }

    @Test
    void inDropKeepsOnlyTheGivenProductsAndNoProductsMeansNoHits() {
        ProductQuery query = new ProductQuery(null, null, null, null, null, true, ProductSort.RELEVANCE);

        JsonNode some = json(ProductQueryBuilder.build("p", query, Set.of("b", "a"), 21, null)).at("/query/bool/filter");
        JsonNode none = json(ProductQueryBuilder.build("p", query, Set.of(), 21, null)).at("/query/bool/filter");

        assertThat(some.toString()).contains("{\"terms\":{\"id\":[\"a\",\"b\"]}}");
        assertThat(none.toString()).contains("{\"match_none\":{}}").doesNotContain("terms");
    }

    @Test
    void everySortEndsOnTheIdAndSearchAfterCarriesTheCursorValues() {
        List<FieldValue> after = List.of(FieldValue.of(500L), FieldValue.of("some-id"));

        JsonNode body = json(ProductQueryBuilder.build("p", query(null, ProductSort.PRICE_DESC), null, 21, after));

        assertThat(body.get("sort").toString())
                .isEqualTo("[{\"price.amount\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]");
        assertThat(body.get("search_after").toString()).isEqualTo("[500,\"some-id\"]");
        assertThat(body.has("from")).isFalse();
        assertThat(body.get("size").asInt()).isEqualTo(21);
    }

    @Test
    void facetsAreAskedForInTheSameRequest() {
        JsonNode aggregations = json(ProductQueryBuilder.build("p", query(null, ProductSort.RELEVANCE), null, 21, null))
                .get("aggregations");

        assertThat(aggregations.has("category")).isTrue();
        assertThat(aggregations.at("/priceRanges/range/ranges")).hasSize(ProductQueryBuilder.PRICE_RANGES.size());
        assertThat(aggregations.at("/creator/aggregations/name/terms/field").asString()).isEqualTo("creatorName.raw");
    }

    private static ProductQuery query(String text, ProductSort sort) {
        return new ProductQuery(text, null, null, null, null, false, sort);
    }

    private static JsonNode json(SearchRequest request) {
        return JsonMapper.shared().readTree(JsonpUtils.toJsonString(request, new Jackson3JsonpMapper()));
    }
}
