package io.livedrop.follow.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.problem.ProblemException;

import org.junit.jupiter.api.Test;

class FollowRowTest {

    @Test
    void theCursorOfARowNamesItsExactKeysetPosition() {
        FollowRow row = new FollowRow(UuidV7.next(), UuidV7.next(), Instant.parse("2025-06-01T10:15:30.123456Z"));

        FollowRow.Position position = FollowRow.Position.of(Cursor.decode(row.cursor().encode()));

        assertThat(position).isEqualTo(new FollowRow.Position(row.followedAt(), row.id()));
    }

    @Test
    void aCursorOfAnotherShapeIsABadRequest() {
        assertThatThrownBy(() -> FollowRow.Position.of(Cursor.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.getStatusCode().value()).isEqualTo(400));
        assertThatThrownBy(() -> FollowRow.Position.of(Cursor.of(Instant.now(), "not-a-uuid")))
                .isInstanceOf(ProblemException.class);
    }
}
