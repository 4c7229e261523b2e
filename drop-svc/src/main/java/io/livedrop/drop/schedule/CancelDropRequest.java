package io.livedrop.drop.schedule;

import jakarta.validation.constraints.Size;

/** An optional reason, passed on to followers with the cancellation. */
record CancelDropRequest(@Size(max = 500) String reason) {
}
