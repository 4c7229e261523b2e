package io.livedrop.notification.fanout;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A prepared slice's recipients as stored: 16 bytes per id, in the order of the id's hex digits. They are
 * read back at a drop's start, while its broadcast is sent on the same cores; a {@code uuid[]} came back
 * from the driver as text, and parsing it took a third of the service's CPU samples during a broadcast.
 */
final class PackedIds {

    private static final int ID_BYTES = 16;

    private PackedIds() {
    }

    static byte[] pack(List<UUID> ids) {
        ByteBuffer packed = ByteBuffer.allocate(ids.size() * ID_BYTES);
        ids.forEach(id -> packed.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
        return packed.array();
    }

    static List<UUID> unpack(byte[] packed) {
        if (packed.length % ID_BYTES != 0) {
            throw new IllegalArgumentException("packed ids of " + packed.length + " bytes, not a multiple of 16");
        }
        ByteBuffer ids = ByteBuffer.wrap(packed);
        List<UUID> unpacked = new ArrayList<>(packed.length / ID_BYTES);
        while (ids.hasRemaining()) {
            unpacked.add(new UUID(ids.getLong(), ids.getLong()));
        }
        return List.copyOf(unpacked);
    }
}
