package io.livedrop.drop.schedule;

import io.livedrop.drop.catalog.KnownCreators;
import io.livedrop.drop.catalog.KnownProduct;
import io.livedrop.drop.catalog.KnownProducts;
import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.drop.listing.DropReads;
import io.livedrop.drop.listing.DropView;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.web.problem.FieldViolation;
import io.livedrop.web.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling, editing and cancelling drops on a creator's request; every change goes out through the outbox. */
@Service
class DropScheduling {

    private final DropStore store;
    private final DropReads reads;
    private final KnownProducts products;
    private final KnownCreators creators;
    private final Outbox outbox;
    private final Clock clock;

    DropScheduling(DropStore store, DropReads reads, KnownProducts products, KnownCreators creators, Outbox outbox,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.products = products;
        this.creators = creators;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    DropView schedule(UUID userId, ScheduleDropRequest request) {
        UUID creatorId = creators.creatorOf(userId).orElseThrow(() -> ProblemException.forbidden(
                "Only a creator can schedule drops, and no creator page of yours is known yet."));
        Instant now = now();
        DropDraft draft = DropDraft.of(request);
        List<FieldViolation> violations = new ArrayList<>(DropRules.checkSchedule(draft, now));
        Map<UUID, KnownProduct> known = products.find(draft.productIds());
        violations.addAll(DropRules.checkProducts(draft.items(), creatorId, known));
        requireValid(violations);

        UUID id = UuidV7.next();
        List<DropItem> items = priced(draft.items(), known);
        store.insert(id, creatorId, draft, items, now);
        outbox.publish(new DropScheduled(id, creatorId, draft.title(), draft.startsAt(), draft.endsAt(),
                draft.perUserLimit(), items));
        return view(id);
    }

    @Transactional
    DropView update(UUID dropId, UUID userId, UpdateDropRequest request) {
        StoredDrop drop = lockOwned(dropId, userId);
        Instant now = now();
        DropRules.requireChangeable(drop.status(), drop.startsAt(), now);
        DropDraft draft = drop.draft().with(request);
        List<FieldViolation> violations = new ArrayList<>(DropRules.checkSchedule(draft, now));
        Map<UUID, KnownProduct> known = request.items() == null ? Map.of() : products.find(draft.productIds());
        violations.addAll(DropRules.checkProducts(request.items(), drop.creatorId(), known));
        requireValid(violations);

        List<DropItem> items = request.items() == null ? drop.items() : priced(draft.items(), known);
        boolean changed = !draft.equals(drop.draft()) || !items.equals(drop.items());
        if (changed) {
            if (!store.reschedule(dropId, draft, now)) {
                throw DropRules.started();
            }
            if (!items.equals(drop.items())) {
                store.replaceItems(dropId, items);
            }
            outbox.publish(new DropUpdated(dropId, drop.creatorId(), draft.title(), draft.startsAt(), draft.endsAt(),
                    draft.perUserLimit(), items));
        }
        return view(dropId);
    }

    /** Cancelling a cancelled drop again answers as the first time did, so a client may retry. */
    @Transactional
    DropView cancel(UUID dropId, UUID userId, String reason) {
        StoredDrop drop = lockOwned(dropId, userId);
        if (drop.status() != DropStatus.CANCELLED) {
            Instant now = now();
            DropRules.requireChangeable(drop.status(), drop.startsAt(), now);
            if (!store.cancel(dropId, now)) {
                throw DropRules.started();
            }
            outbox.publish(new DropCancelled(dropId, drop.creatorId(), reason, now));
        }
        return view(dropId);
    }

    /** 404 if there is no such drop, 403 if it is not the caller's. */
    private StoredDrop lockOwned(UUID dropId, UUID userId) {
        StoredDrop drop = store.lock(dropId).orElseThrow(() -> notFound(dropId));
        boolean owner = creators.creatorOf(userId).map(drop.creatorId()::equals).orElse(false);
        if (!owner) {
            throw ProblemException.forbidden("Only the creator of this drop may change it.");
        }
        return drop;
    }

    private DropView view(UUID dropId) {
        return reads.find(dropId).orElseThrow(() -> notFound(dropId));
    }

    /** The items at their products' current prices; called once the rules have passed, so every product is known. */
    private static List<DropItem> priced(List<ItemRequest> items, Map<UUID, KnownProduct> known) {
        return items.stream()
                .map(item -> new DropItem(item.productId(), item.quantity(), known.get(item.productId()).price()))
                .toList();
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    violations.size() == 1 ? "One field is invalid." : violations.size() + " fields are invalid.")
                    .with("errors", violations);
        }
    }

    private static ProblemException notFound(UUID dropId) {
        return ProblemException.notFound("There is no drop " + dropId + ".");
    }

    // Postgres keeps microseconds: events carry the same instant as the row.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
