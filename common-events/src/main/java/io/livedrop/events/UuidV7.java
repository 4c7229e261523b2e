package io.livedrop.events;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562, version 7): ids sort by creation time, which keeps B-tree
 * inserts local and makes them usable as keyset-pagination tie-breakers.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long randB = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        long high = (millis << 16) | (0x7L << 12) | randA;
        long low = randB | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
