package io.livedrop.drop.schedule;

import io.livedrop.drop.catalog.KnownProduct;
import io.livedrop.drop.lifecycle.DropStatus;
import io.livedrop.web.problem.FieldViolation;
import io.livedrop.web.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a drop must be to be scheduled, and when it may still change. Every broken rule names its field. */
final class DropRules {

    static final int TITLE_MAX = 120;
    static final int ITEMS_MAX = 50;

    private DropRules() {
    }

    /** The broken rules of the drop's own fields, if it were scheduled at {@code now}. */
    static List<FieldViolation> checkSchedule(DropDraft draft, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.title() == null || draft.title().isEmpty()) {
            violations.add(new FieldViolation("title", "must not be blank"));
        }
        else if (draft.title().length() > TITLE_MAX) {
            violations.add(new FieldViolation("title", "must be at most " + TITLE_MAX + " characters"));
        }
        if (draft.startsAt() == null) {
            violations.add(new FieldViolation("startsAt", "must be given"));
        }
        else if (!draft.startsAt().isAfter(now)) {
            violations.add(new FieldViolation("startsAt", "must be in the future"));
        }
        if (draft.endsAt() == null) {
            violations.add(new FieldViolation("endsAt", "must be given"));
        }
        else if (draft.startsAt() != null && !draft.endsAt().isAfter(draft.startsAt())) {
            violations.add(new FieldViolation("endsAt", "must be after startsAt"));
        }
        if (draft.perUserLimit() == null) {
            violations.add(new FieldViolation("perUserLimit", "must be given"));
        }
        else if (draft.perUserLimit() < 1) {
            violations.add(new FieldViolation("perUserLimit", "must be at least 1"));
        }
        violations.addAll(checkItems(draft.items()));
        return violations;
    }

    /** The broken rules of the items' products: each must be a known product of this creator, still on sale. */
    static List<FieldViolation> checkProducts(List<ItemRequest> items, UUID creatorId, Map<UUID, KnownProduct> products) {
        List<FieldViolation> violations = new ArrayList<>();
        if (items == null) {
            return violations;
        }
        for (int i = 0; i < items.size(); i++) {
            ItemRequest item = items.get(i);
            if (item == null || item.productId() == null) {
                continue;
            }
            KnownProduct product = products.get(item.productId());
            String field = "items[" + i + "].productId";
            if (product == null) {
                violations.add(new FieldViolation(field, "is not a known product"));
            }
            else if (!product.creatorId().equals(creatorId)) {
                violations.add(new FieldViolation(field, "is not one of your products"));
            }
            else if (product.archived()) {
                violations.add(new FieldViolation(field, "is archived"));
            }
        }
        return violations;
    }

    /**
     * Refuses a change to a drop that has started (409 {@code drop-started}) or was cancelled
     * (409 {@code drop-cancelled}): buyers may be in the sale, or were told it is off.
     */
    static void requireChangeable(DropStatus status, Instant startsAt, Instant now) {
        if (status == DropStatus.CANCELLED) {
            throw ProblemException.conflict("drop-cancelled", "The drop was cancelled and can no longer change.");
        }
        if (status.startedBy(now, startsAt)) {
            throw started();
        }
    }

    static ProblemException started() {
        return ProblemException.conflict("drop-started", "The drop has started and can no longer change.");
    }

    private static List<FieldViolation> checkItems(List<ItemRequest> items) {
        List<FieldViolation> violations = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            violations.add(new FieldViolation("items", "must hold at least one product"));
            return violations;
        }
        if (items.size() > ITEMS_MAX) {
            violations.add(new FieldViolation("items", "must hold at most " + ITEMS_MAX + " products"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRequest item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                violations.add(new FieldViolation(field, "must be given"));
                continue;
            }
            if (item.productId() == null) {
                violations.add(new FieldViolation(field + ".productId", "must be given"));
            }
            else if (!seen.add(item.productId())) {
                violations.add(new FieldViolation(field + ".productId", "is already in the drop"));
            }
            if (item.quantity() == null) {
                violations.add(new FieldViolation(field + ".quantity", "must be given"));
            }
            else if (item.quantity() < 1) {
                violations.add(new FieldViolation(field + ".quantity", "must be at least 1"));
            }
        }
        return violations;
    }
}
