package io.livedrop.follow.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.follow.creators.Creator;
import io.livedrop.web.problem.ProblemException;

import org.junit.jupiter.api.Test;

class FollowRulesTest {

    private final UUID creatorId = UuidV7.next();
    private final UUID ownerId = UuidV7.next();
    private final Creator creator = new Creator(creatorId, ownerId);

    @Test
    void aFanMayFollowSomeoneElsesPage() {
        assertThatCode(() -> FollowRules.checkFollowable(creatorId, Optional.of(creator), UuidV7.next()))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownCreatorIsNotFound() {
        assertThatThrownBy(() -> FollowRules.checkFollowable(creatorId, Optional.empty(), UuidV7.next()))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(404);
                    assertThat(problem.getBody().getDetail()).contains(creatorId.toString());
                });
    }

    @Test
    void followingYourOwnPageIsASelfFollow() {
        assertThatThrownBy(() -> FollowRules.checkFollowable(creatorId, Optional.of(creator), ownerId))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(422);
                    assertThat(problem.getBody().getType().toString()).endsWith("/self-follow");
                });
    }
}
