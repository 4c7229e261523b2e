package io.livedrop.drop.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livedrop.drop.catalog.KnownProduct;
import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.events.Money;
import io.livedrop.events.UuidV7;
import io.livedrop.web.problem.FieldViolation;
import io.livedrop.web.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DropRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final UUID CREATOR = UuidV7.next();
    private static final UUID PRODUCT = UuidV7.next();

    private static DropDraft draft(Instant startsAt, Instant endsAt, Integer perUserLimit, List<ItemRequest> items) {
        return new DropDraft("Spring glaze", startsAt, endsAt, perUserLimit, items);
    }

    private static DropDraft valid() {
        return draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 2, List.of(new ItemRequest(PRODUCT, 10)));
    }

    private static List<String> fieldsBroken(DropDraft draft) {
        return DropRules.checkSchedule(draft, NOW).stream().map(FieldViolation::field).toList();
    }

    @Test
    void aDropInTheFutureWithPositiveQuantitiesPasses() {
        assertThat(DropRules.checkSchedule(valid(), NOW)).isEmpty();
    }

    @Test
    void theStartMustBeInTheFuture() {
        assertThat(fieldsBroken(draft(NOW, NOW.plusSeconds(60), 2, valid().items()))).containsExactly("startsAt");
        assertThat(fieldsBroken(draft(NOW.minusSeconds(1), NOW.plusSeconds(60), 2, valid().items())))
                .containsExactly("startsAt");
    }

    @Test
    void theEndMustComeAfterTheStart() {
        Instant start = NOW.plusSeconds(60);
        assertThat(fieldsBroken(draft(start, start, 2, valid().items()))).containsExactly("endsAt");
        assertThat(fieldsBroken(draft(start, start.minusSeconds(1), 2, valid().items()))).containsExactly("endsAt");
    }

    @Test
    void missingTimesAreNamed() {
        assertThat(fieldsBroken(draft(null, null, 2, valid().items()))).containsExactly("startsAt", "endsAt");
    }

    @Test
    void thePerUserLimitMustBeAtLeastOne() {
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 0, valid().items())))
                .containsExactly("perUserLimit");
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), null, valid().items())))
                .containsExactly("perUserLimit");
    }

    @Test
    void theTitleMustBeGivenAndShort() {
        assertThat(DropRules.checkSchedule(new DropDraft("", NOW.plusSeconds(60), NOW.plusSeconds(120), 1,
                valid().items()), NOW)).extracting(FieldViolation::field).containsExactly("title");
        assertThat(DropRules.checkSchedule(new DropDraft("x".repeat(DropRules.TITLE_MAX + 1), NOW.plusSeconds(60),
                NOW.plusSeconds(120), 1, valid().items()), NOW)).extracting(FieldViolation::field).containsExactly("title");
    }

    @Test
    void everyQuantityMustBeAtLeastOne() {
        List<ItemRequest> items = List.of(new ItemRequest(UuidV7.next(), 1), new ItemRequest(UuidV7.next(), 0));

        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, items)))
                .containsExactly("items[1].quantity");
    }

    @Test
    void aDropHoldsOneToFiftyItems() {
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, List.of())))
                .containsExactly("items");
        List<ItemRequest> tooMany = new ArrayList<>();
        for (int i = 0; i <= DropRules.ITEMS_MAX; i++) {
            tooMany.add(new ItemRequest(UuidV7.next(), 1));
        }
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, tooMany)))
                .containsExactly("items");
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, tooMany.subList(0, 50))))
                .isEmpty();
    }

    @Test
    void aProductAppearsOnce() {
        List<ItemRequest> items = List.of(new ItemRequest(PRODUCT, 1), new ItemRequest(PRODUCT, 2));

        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, items)))
                .containsExactly("items[1].productId");
    }

    @Test
    void aMissingItemOrProductIsNamed() {
        List<ItemRequest> items = Collections.singletonList(null);
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1, items)))
                .containsExactly("items[0]");
        assertThat(fieldsBroken(draft(NOW.plusSeconds(60), NOW.plusSeconds(120), 1,
                List.of(new ItemRequest(null, null))))).containsExactly("items[0].productId", "items[0].quantity");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(fieldsBroken(draft(NOW.minusSeconds(1), NOW.minusSeconds(2), 0,
                List.of(new ItemRequest(PRODUCT, 0)))))
                .containsExactly("startsAt", "endsAt", "perUserLimit", "items[0].quantity");
    }

    @Test
    void theCreatorsOwnActiveProductsPass() {
        assertThat(DropRules.checkProducts(valid().items(), CREATOR, Map.of(PRODUCT, product(CREATOR, false))))
                .isEmpty();
    }

    @Test
    void anotherCreatorsProductIsRefused() {
        assertThat(DropRules.checkProducts(valid().items(), CREATOR, Map.of(PRODUCT, product(UuidV7.next(), false))))
                .containsExactly(new FieldViolation("items[0].productId", "is not one of your products"));
    }

    @Test
    void anArchivedProductIsRefused() {
        assertThat(DropRules.checkProducts(valid().items(), CREATOR, Map.of(PRODUCT, product(CREATOR, true))))
                .containsExactly(new FieldViolation("items[0].productId", "is archived"));
    }

    @Test
    void anUnknownProductIsRefused() {
        assertThat(DropRules.checkProducts(valid().items(), CREATOR, Map.of()))
                .containsExactly(new FieldViolation("items[0].productId", "is not a known product"));
    }

    @Test
    void aScheduledDropMayChangeUntilItsStart() {
        Instant start = NOW.plusSeconds(1);
        DropRules.requireChangeable(DropStatus.SCHEDULED, start, NOW);

        assertThatThrownBy(() -> DropRules.requireChangeable(DropStatus.SCHEDULED, start, start))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getBody().getType().toString())
                        .endsWith("/drop-started"));
    }

    @Test
    void liveEndedAndCancelledDropsCannotChange() {
        Instant start = NOW.plusSeconds(60);
        assertThatThrownBy(() -> DropRules.requireChangeable(DropStatus.LIVE, start, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        assertThatThrownBy(() -> DropRules.requireChangeable(DropStatus.ENDED, start, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getBody().getType().toString())
                        .endsWith("/drop-started"));
        assertThatThrownBy(() -> DropRules.requireChangeable(DropStatus.CANCELLED, start, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getBody().getType().toString())
                        .endsWith("/drop-cancelled"));
    }

    private static KnownProduct product(UUID creatorId, boolean archived) {
        return new KnownProduct(PRODUCT, creatorId, Money.eur(1500), archived);
    }
}
