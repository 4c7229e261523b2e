package io.livedrop.drop.schedule;

import java.util.UUID;

/** One product to sell in a drop and how many of it. */
record ItemRequest(UUID productId, Integer quantity) {
}
