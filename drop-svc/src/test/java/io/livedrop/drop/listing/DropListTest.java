package io.livedrop.drop.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livedrop.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DropListTest {

    @Test
    void upcomingLiveAndEndedAreListed() {
        assertThat(DropList.parse("SCHEDULED")).isEqualTo(DropList.SCHEDULED);
        assertThat(DropList.parse("LIVE")).isEqualTo(DropList.LIVE);
        assertThat(DropList.parse("ENDED")).isEqualTo(DropList.ENDED);
    }

    @Test
    void anyOtherStatusOrNoneIsABadRequestNamingStatus() {
        for (String status : new String[] {"CANCELLED", "live", "", null}) {
            assertThatThrownBy(() -> DropList.parse(status)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.getBody().getProperties()).extractingByKey("errors").asString()
                            .contains("field=status"));
        }
    }

    @Test
    void onlyUpcomingAndLiveListsAreCached() {
        assertThat(DropList.SCHEDULED.cached()).isTrue();
        assertThat(DropList.LIVE.cached()).isTrue();
        assertThat(DropList.ENDED.cached()).isFalse();
    }
}
