package io.livedrop.order.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final long IN_FLIGHT_UNTIL = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
    private static final StoredAnswer CREATED = new StoredAnswer(201, "application/json", "/api/v1/orders/1", "{}");

    @Test
    void theSameRequestAfterItsAnswerReplaysThatAnswer() {
        assertThat(Claim.decide(KeyRecord.answered("h1", CREATED), "h1")).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void theSameRequestWhileTheFirstIsUnansweredIsInFlight() {
        assertThat(Claim.decide(KeyRecord.inFlight("h1", IN_FLIGHT_UNTIL), "h1")).isInstanceOf(Claim.InFlight.class);
    }

    @Test
    void anotherRequestUnderTheKeyIsAMismatchWhetherOrNotTheFirstWasAnswered() {
        assertThat(Claim.decide(KeyRecord.answered("h1", CREATED), "h2")).isInstanceOf(Claim.Mismatch.class);
        assertThat(Claim.decide(KeyRecord.inFlight("h1", IN_FLIGHT_UNTIL), "h2")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void theRequestHashDependsOnEveryFieldAndTheirOrder() {
        assertThat(RequestHash.of("POST /o", "a", "b", 1)).isEqualTo(RequestHash.of("POST /o", "a", "b", 1));
        assertThat(RequestHash.of("POST /o", "a", "b", 1)).isNotEqualTo(RequestHash.of("POST /o", "a", "b", 2));
        assertThat(RequestHash.of("POST /o", "a", "b", 1)).isNotEqualTo(RequestHash.of("POST /o", "b", "a", 1));
    }
}
