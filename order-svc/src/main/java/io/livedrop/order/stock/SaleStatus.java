package io.livedrop.order.stock;

import java.util.Arrays;
import java.util.List;

/** Where a drop is in its life, as drop-svc's events tell it; only LIVE sells. */
public enum SaleStatus {
    SCHEDULED,
    LIVE,
    ENDED,
    CANCELLED;

    /** Only forward: a late or replayed event must not bring an ended drop back to life. */
    public boolean canMoveTo(SaleStatus next) {
        return switch (this) {
            case SCHEDULED -> next != SCHEDULED;
            case LIVE -> next == ENDED || next == CANCELLED;
            case ENDED, CANCELLED -> false;
        };
    }

    /** The statuses a drop may reach {@code next} from. */
    static List<String> before(SaleStatus next) {
        return Arrays.stream(values()).filter(status -> status.canMoveTo(next)).map(Enum::name).toList();
    }
}
