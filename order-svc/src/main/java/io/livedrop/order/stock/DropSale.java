package io.livedrop.order.stock;

import java.time.Instant;
import java.util.UUID;

/** What order-svc knows of a drop: whether it sells, and how much one buyer may hold. */
public record DropSale(UUID dropId, SaleStatus status, int perUserLimit, Instant startsAt, Instant endsAt) {

    /** Live and not past its end: the sale window. */
    public boolean sellsAt(Instant now) {
        return status == SaleStatus.LIVE && (endsAt == null || now.isBefore(endsAt));
    }
}
