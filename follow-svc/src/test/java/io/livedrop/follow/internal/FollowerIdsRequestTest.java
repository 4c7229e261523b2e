package io.livedrop.follow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.problem.ProblemException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FollowerIdsRequestTest {

    @Test
    void withoutParametersItIsTheFirstBatchOfAThousand() {
        assertThat(FollowerIdsRequest.of(null, null)).isEqualTo(new FollowerIdsRequest(1000, null));
    }

    @Test
    void batchesGoUpToTenThousand() {
        assertThat(FollowerIdsRequest.of("10000", "").limit()).isEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "10001", "-5", "lots" })
    void aLimitOutsideOneToTenThousandIsABadRequestNamingLimit(String limit) {
        assertThatThrownBy(() -> FollowerIdsRequest.of(limit, null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    assertThat(problem.getBody().getProperties().get("errors").toString()).contains("limit");
                });
    }

    @Test
    void aCursorThatIsNotAUserIdIsABadRequest() {
        assertThatThrownBy(() -> FollowerIdsRequest.of(null, Cursor.of("someone").encode()))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aFullBatchPointsPastItsLastIdAndTheExtraRowIsLeftForTheNextBatch() {
        List<UUID> rows = List.of(UuidV7.next(), UuidV7.next(), UuidV7.next());
        FollowerIdsRequest request = new FollowerIdsRequest(2, null);

        CursorPage<UUID> page = request.page(rows);

        assertThat(request.fetchSize()).isEqualTo(3);
        assertThat(page.items()).containsExactly(rows.get(0), rows.get(1));
        assertThat(FollowerIdsRequest.of("2", page.nextCursor()).after()).isEqualTo(rows.get(1));
    }

    @Test
    void theLastBatchHasNoCursor() {
        List<UUID> rows = List.of(UuidV7.next(), UuidV7.next());

        assertThat(new FollowerIdsRequest(2, null).page(rows).nextCursor()).isNull();
    }
}
