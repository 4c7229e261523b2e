package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProductSearchIT extends SearchHarness {

    private static final String PRODUCTS = "/api/v1/search/products";

    @Test
    void aTitleMatchRanksAboveADescriptionMatchAndTagsAndCreatorNamesAreSearched() {
        String term = word(10);
        String creatorName = word(10) + " Studio";
        UUID creator = aCreator(word(8), creatorName);
        UUID inDescription = aProduct(creator).title("Plain tee").description("A tee with a " + term + " print").create();
        UUID inTitle = aProduct(creator).title(term + " hoodie").create();
        UUID other = aProduct(creator).title("Unrelated mug").create();
        UUID tagged = aProduct(creator).title("Cap").tags(term).create();
        UUID unrelatedCreator = aCreator(word(8), "Someone Else");
        UUID elsewhere = aProduct(unrelatedCreator).title("Poster").create();
        awaitItems(PRODUCTS + "?limit=100&creatorId=" + creator, items -> items.size() == 4);
        awaitItems(PRODUCTS + "?creatorId=" + unrelatedCreator, items -> items.size() == 1);

        List<String> ranked = ids(get(PRODUCTS + "?q=" + term + "&creatorId=" + creator).json().get("items"));
        assertThat(ranked.indexOf(inTitle.toString())).isLessThan(ranked.indexOf(inDescription.toString()));
        assertThat(ranked).contains(tagged.toString()).doesNotContain(other.toString());

        // The creator's name was looked up when the product was indexed.
        JsonNode byCreatorName = get(PRODUCTS + "?q=" + encode(creatorName)).json().get("items");
        assertThat(ids(byCreatorName)).contains(inTitle.toString(), other.toString()).doesNotContain(elsewhere.toString());
        assertThat(byCreatorName.get(0).get("creatorName").asString()).isEqualTo(creatorName);
    }

    @Test
    void filtersNarrowByCategoryCreatorAndPriceRange() {
        UUID creator = aCreator(word(8), "Filter Creator");
        List<UUID> ids = createAll(creator,
                aProduct(creator).category("art").price(500),
                aProduct(creator).category("apparel").price(1_500),
                aProduct(creator).category("apparel").price(3_000),
                aProduct(creator).category("music").price(12_000));

        assertThat(ids(get(PRODUCTS + "?creatorId=" + creator + "&category=art").json().get("items")))
                .containsExactly(ids.get(0).toString());
        assertThat(ids(get(PRODUCTS + "?creatorId=" + creator + "&minPrice=1000&maxPrice=3000").json().get("items")))
                .containsExactlyInAnyOrder(ids.get(1).toString(), ids.get(2).toString());
        assertThat(ids(get(PRODUCTS + "?creatorId=" + creator + "&minPrice=12000").json().get("items")))
                .containsExactly(ids.get(3).toString());
    }

    @Test
    void sortsByPriceBothWaysAndByNewest() {
        UUID creator = aCreator(word(8), "Sort Creator");
        Instant now = Instant.now();
        List<UUID> ids = createAll(creator,
                aProduct(creator).price(2_000).createdAt(now.minusSeconds(30)),
                aProduct(creator).price(500).createdAt(now.minusSeconds(10)),
                aProduct(creator).price(9_000).createdAt(now.minusSeconds(20)));
        String base = PRODUCTS + "?creatorId=" + creator + "&sort=";

        assertThat(ids(get(base + "price_asc").json().get("items")))
                .containsExactly(s(ids.get(1)), s(ids.get(0)), s(ids.get(2)));
        assertThat(ids(get(base + "price_desc").json().get("items")))
                .containsExactly(s(ids.get(2)), s(ids.get(0)), s(ids.get(1)));
        assertThat(ids(get(base + "newest").json().get("items")))
                .containsExactly(s(ids.get(1)), s(ids.get(2)), s(ids.get(0)));
    }

    @Test
    void facetsCountAllMatchesByCategoryPriceRangeAndCreator() {
        String name = "Facet " + word(6);
        UUID creator = aCreator(word(8), name);
        createAll(creator,
                aProduct(creator).category("art").price(500),
                aProduct(creator).category("apparel").price(1_500),
                aProduct(creator).category("apparel").price(3_000),
                aProduct(creator).category("music").price(12_000));

        // limit=1: facets describe the whole result, not the page.
        JsonNode facets = get(PRODUCTS + "?limit=1&creatorId=" + creator).json().get("facets");

        assertThat(facets.get("category").toString())
                .isEqualTo("[{\"value\":\"apparel\",\"count\":2},{\"value\":\"art\",\"count\":1},{\"value\":\"music\",\"count\":1}]");
        List<Long> rangeCounts = new ArrayList<>();
        facets.get("priceRanges").forEach(range -> rangeCounts.add(range.get("count").asLong()));
        assertThat(rangeCounts).containsExactly(1L, 1L, 1L, 0L, 1L);
        assertThat(facets.get("priceRanges").get(0).get("from").asLong()).isZero();
        assertThat(facets.get("priceRanges").get(4).get("to").isNull()).isTrue();
        assertThat(facets.get("creator").toString())
                .isEqualTo("[{\"id\":\"" + creator + "\",\"name\":\"" + name + "\",\"count\":4}]");
    }

    @Test
    void cursorPagesWalkEveryMatchOnceEvenWithEqualSortKeys() {
        UUID creator = aCreator(word(8), "Paging Creator");
        List<UUID> ids = createAll(creator,
                aProduct(creator).price(100), aProduct(creator).price(100), aProduct(creator).price(100),
                aProduct(creator).price(200), aProduct(creator).price(200), aProduct(creator).price(300),
                aProduct(creator).price(400));

        List<String> seen = new ArrayList<>();
        List<Long> prices = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(PRODUCTS + "?limit=3&sort=price_asc&creatorId=" + creator
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> {
                seen.add(item.get("id").asString());
                prices.add(item.get("price").get("amount").asLong());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(new HashSet<>(seen)).hasSize(7);
        assertThat(prices).isSorted();
    }

    @Test
    void matchesAreHighlightedWithProductTextHtmlEncoded() {
        String term = word(10);
        UUID creator = aCreator(word(8), "Highlight Creator");
        createAll(creator, aProduct(creator).title(term + " <b>bold</b> lamp"));

        JsonNode hit = get(PRODUCTS + "?q=" + term + "&creatorId=" + creator).json().get("items").get(0);

        assertThat(hit.get("highlight").get("title").asString())
                .startsWith("<em>" + term + "</em> &lt;b&gt;bold&lt;").doesNotContain("<b>");
    }

    @Test
    void queriesFullOfSearchSyntaxAreSearchedAsPlainText() {
        String term = word(10);
        UUID creator = aCreator(word(8), "Syntax Creator");
        UUID product = createAll(creator, aProduct(creator).title(term + " poster")).getFirst();

        for (String q : List.of("title:\"x\" AND (y OR z)~2 \\ / * ? [ ] { } ^ ! < > = & | -",
                "\"unclosed", "*:*", ")(", "{\"query\":{\"match_all\":{}}}", term + " AND NOT poster")) {
            Response response = get(PRODUCTS + "?q=" + encode(q) + "&creatorId=" + creator);
            assertThat(response.status()).as(q).isEqualTo(200);
        }
        // Operators are words here: "AND NOT poster" does not exclude the poster.
        assertThat(ids(get(PRODUCTS + "?q=" + encode(term + " AND NOT poster") + "&creatorId=" + creator)
                .json().get("items"))).containsExactly(product.toString());
        assertThat(get(PRODUCTS + "?q=" + encode("*:*") + "&creatorId=" + creator).json().get("items")).isEmpty();
    }

    @Test
    void badParametersAreAnswered400() {
        String[] bad = {"q=" + "x".repeat(201), "cursor=not-a-cursor", "sort=cheapest", "minPrice=-1",
                "maxPrice=abc", "minPrice=500&maxPrice=100", "creatorId=42", "limit=0", "limit=101", "inDrop=yes"};
        for (String query : bad) {
            Response response = get(PRODUCTS + "?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.problemType()).as(query).isEqualTo("validation");
        }
    }

    @Test
    void aCursorFromAnotherSortIsRefused() {
        UUID creator = aCreator(word(8), "Cursor Creator");
        createAll(creator, aProduct(creator), aProduct(creator));
        String cursor = get(PRODUCTS + "?limit=1&sort=price_asc&creatorId=" + creator).json().get("nextCursor").asString();

        Response response = get(PRODUCTS + "?limit=1&sort=newest&creatorId=" + creator + "&cursor=" + cursor);

        assertThat(response.status()).isEqualTo(400);
    }

    private static String s(UUID id) {
        return id.toString();
    }
}
