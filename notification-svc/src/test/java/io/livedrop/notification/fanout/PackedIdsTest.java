package io.livedrop.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PackedIdsTest {

    @Test
    void idsComeBackInTheOrderTheyWerePacked() {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(1_000).toList();

        assertThat(PackedIds.unpack(PackedIds.pack(ids))).isEqualTo(ids);
    }

    @Test
    void anIdIsStoredAsTheBytesOfItsHexDigits() {
        UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");

        assertThat(HexFormat.of().formatHex(PackedIds.pack(List.of(id)))).isEqualTo("00112233445566778899aabbccddeeff");
    }

    @Test
    void anEmptySliceStaysEmpty() {
        assertThat(PackedIds.unpack(PackedIds.pack(List.of()))).isEmpty();
    }

    @Test
    void bytesThatAreNotWholeIdsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PackedIds.unpack(new byte[17]))
                .withMessageContaining("17 bytes");
    }
}
