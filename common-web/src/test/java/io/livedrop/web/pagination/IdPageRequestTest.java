package io.livedrop.web.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livedrop.web.problem.ProblemException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdPageRequestTest {

    @Test
    void firstBatchWithoutParametersHasTheDefaultSize() {
        IdPageRequest request = IdPageRequest.of(null, null);

        assertThat(request.limit()).isEqualTo(IdPageRequest.DEFAULT_LIMIT);
        assertThat(request.after()).isNull();
    }

    @Test
    void nextBatchStartsAfterTheLastIdOfAFullBatch() {
        List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        IdPageRequest request = IdPageRequest.of("2", null);

        CursorPage<UUID> page = request.page(rows, id -> id);

        assertThat(page.items()).containsExactly(rows.get(0), rows.get(1));
        assertThat(IdPageRequest.of("2", page.nextCursor()).after()).isEqualTo(rows.get(1));
    }

    @Test
    void lastBatchHasNoCursor() {
        assertThat(IdPageRequest.of("5", null).page(List.of(UUID.randomUUID()), id -> id).nextCursor()).isNull();
    }

    @Test
    void limitOutsideTheRangeOrNotANumberIsRefused() {
        assertThatThrownBy(() -> IdPageRequest.of("0", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> IdPageRequest.of("1001", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> IdPageRequest.of("many", null)).isInstanceOf(ProblemException.class);
    }
}
