package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import io.livedrop.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProductQueryTest {

    @Test
    void blankParametersMeanNoFilterAndRelevance() {
        ProductQuery query = ProductQuery.from(" ", "", null, null, "", " ", null);

        assertThat(query).isEqualTo(new ProductQuery(null, null, null, null, null, false, ProductSort.RELEVANCE));
    }

    @Test
    void validParametersAreParsed() {
        UUID creator = UUID.randomUUID();

        ProductQuery query = ProductQuery.from(" lamp ", "art", creator.toString(), "0", "500", "true", "price_desc");

        assertThat(query).isEqualTo(new ProductQuery("lamp", "art", creator, 0L, 500L, true, ProductSort.PRICE_DESC));
        assertThat(ProductQuery.from(null, null, null, null, null, "false", null).inDrop()).isFalse();
    }

    @Test
    void eachBadParameterIsA400NamingIt() {
        assertField(() -> ProductQuery.from("q".repeat(201), null, null, null, null, null, null), "q");
        assertField(() -> ProductQuery.from(null, null, null, "-1", null, null, null), "minPrice");
        assertField(() -> ProductQuery.from(null, null, null, null, "1.5", null, null), "maxPrice");
        assertField(() -> ProductQuery.from(null, null, null, "10", "9", null, null), "minPrice");
        assertField(() -> ProductQuery.from(null, null, null, null, null, null, "cheapest"), "sort");
        assertField(() -> ProductQuery.from(null, null, "nope", null, null, null, null), "creatorId");
        assertField(() -> ProductQuery.from(null, null, null, null, null, "yes", null), "inDrop");
    }

    @Test
    void aQueryOfExactlyTheMaximumLengthIsAccepted() {
        assertThat(ProductQuery.from("q".repeat(200), null, null, null, null, null, null).text()).hasSize(200);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(400);
            assertThat(problem.getBody().getProperties().get("errors").toString()).contains(field);
        });
    }
}
