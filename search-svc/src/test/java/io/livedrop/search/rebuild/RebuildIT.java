package io.livedrop.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.livedrop.search.SearchHarness;
import io.livedrop.testinfra.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RebuildIT extends SearchHarness {

    private static final String REBUILD = "/api/v1/admin/search/rebuild";

    @Test
    void aRebuildSwapsEveryAliasToANewIndexWhileSearchKeepsAnswering() throws Exception {
        String term = word(10);
        UUID creator = aCreator(term, "Rebuild Creator");
        List<UUID> products = createAll(creator, aProduct(creator).title(term + " one"),
                aProduct(creator).title(term + " two"));
        String search = "/api/v1/search/products?q=" + term;

        List<String> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread searcher = Thread.ofVirtual().start(() -> {
            while (rebuilding.get()) {
                Response response = get(search);
                answers.add(response.status() + ":" + (response.status() == 200 ? response.json().get("items").size() : -1));
            }
        });
        Response rebuilt = post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "ADMIN"));
        rebuilding.set(false);
        searcher.join();

        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(answers).isNotEmpty().allMatch("200:2"::equals);
        JsonNode indices = rebuilt.json().get("indices");
        assertThat(indices).hasSize(3);
        for (JsonNode index : indices) {
            String alias = index.get("alias").asString();
            String to = index.get("to").asString();
            assertThat(to).startsWith(alias + "-v1-");
            Set<String> pointsAt = elasticsearch.indices().getAlias(g -> g.name(alias)).aliases().keySet();
            assertThat(pointsAt).containsExactly(to);
            assertThat(elasticsearch.indices().exists(e -> e.index(index.get("from").asString())).value()).isFalse();
        }
        // Searches and new events go through the alias to the new index.
        assertThat(ids(get(search).json().get("items")))
                .containsExactlyInAnyOrder(products.get(0).toString(), products.get(1).toString());
        aCreator(word(8), "After Rebuild");
        UUID later = aProduct(creator).title(term + " three").create();
        awaitItems(search, items -> ids(items).contains(later.toString()));
    }

    @Test
    void onlyAdminsMayRebuild() {
        assertThat(post(REBUILD, null).status()).isEqualTo(401);
        assertThat(post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "FAN")).status()).isEqualTo(403);
    }
}
