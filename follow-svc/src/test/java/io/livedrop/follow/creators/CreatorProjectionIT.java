package io.livedrop.follow.creators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.follow.FollowServiceHarness;

import org.junit.jupiter.api.Test;

class CreatorProjectionIT extends FollowServiceHarness {

    @Test
    void aCreatorPageHandedToAnotherUserCanNoLongerBeFollowedByItsNewOwner() {
        UUID firstOwner = UuidV7.next();
        UUID newOwner = UuidV7.next();
        UUID creatorId = aCreatorOwnedBy(firstOwner);

        transferCreator(creatorId, newOwner);

        String path = "/api/v1/creators/" + creatorId + "/followers/me";
        assertThat(put(path, fan(newOwner)).status()).isEqualTo(422);
        assertThat(put(path, fan(firstOwner)).status()).isEqualTo(204);
    }

    @Test
    void anOlderCreatorEventArrivingLateDoesNotUndoANewerOne() {
        UUID creatorId = UuidV7.next();
        UUID firstOwner = UuidV7.next();
        UUID newOwner = UuidV7.next();
        Instant created = Instant.now().minusSeconds(60);

        sendCreatorEvent(new CreatorUpdated(creatorId, newOwner, "late", "Late", null, false, Instant.now()),
                Instant.now());
        sendCreatorEvent(new CreatorCreated(creatorId, firstOwner, "late", "Late", null, created), created);
        // Same creator, same partition: once this one is consumed, so are the two before it.
        awaitConsumed(sendCreatorEvent(new CreatorVerified(creatorId, newOwner, true, null, Instant.now()),
                Instant.now()));

        assertThat(ownerOf(creatorId)).isEqualTo(newOwner);
    }
}
