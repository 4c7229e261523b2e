package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class AudiencesTest {

    private final StoredFollows stored = new StoredFollows();
    private final Audiences audiences = new Audiences(stored::of);

    private final UUID creator = UUID.randomUUID();
    private final UUID otherCreator = UUID.randomUUID();
    private final UUID fan = UUID.randomUUID();

    @Test
    void aConnectedFanIsInTheAudienceOfEachCreatorTheyFollowOnly() {
        stored.follow(fan, creator);

        audiences.connected(fan, "s1");

        assertThat(audiences.of(creator)).containsExactly(fan);
        assertThat(audiences.of(otherCreator)).isEmpty();
    }

    @Test
    void aFanStaysInTheAudienceUntilTheirLastSocketCloses() {
        stored.follow(fan, creator);
        audiences.connected(fan, "phone");
        audiences.connected(fan, "laptop");

        audiences.disconnected(fan, "phone");
        // A socket that failed a send is removed, and closed again later.
        audiences.disconnected(fan, "phone");

        assertThat(audiences.of(creator)).containsExactly(fan);
        audiences.disconnected(fan, "laptop");
        assertThat(audiences.of(creator)).isEmpty();
    }

    @Test
    void aFollowGainedOrLostWhileConnectedCountsFromItsChange() {
        stored.follow(fan, creator);
        audiences.connected(fan, "s1");

        stored.unfollow(fan, creator);
        stored.follow(fan, otherCreator);
        assertThat(audiences.of(otherCreator)).as("before the change is announced").isEmpty();
        audiences.changed(fan);

        assertThat(audiences.of(creator)).isEmpty();
        assertThat(audiences.of(otherCreator)).containsExactly(fan);
    }

    @Test
    void aChangeOfAUserNotConnectedHereReadsNothing() {
        stored.follow(fan, creator);

        audiences.changed(fan);

        assertThat(stored.reads).isZero();
        assertThat(audiences.of(creator)).isEmpty();
    }

    @Test
    void aConnectWhoseFollowsCannotBeReadCountsNoSocket() {
        stored.follow(fan, creator);
        stored.failing = true;

        assertThatThrownBy(() -> audiences.connected(fan, "s1")).isInstanceOf(IllegalStateException.class);
        audiences.disconnected(fan, "s1");
        stored.failing = false;
        audiences.changed(fan);

        assertThat(audiences.of(creator)).as("a change for a socket that never counted").isEmpty();
        audiences.connected(fan, "s2");
        assertThat(audiences.of(creator)).containsExactly(fan);
    }

    @Test
    void fansJoiningAndLeavingOneCreatorAtOnceLeaveExactlyThoseStillConnected() throws Exception {
        List<UUID> fans = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            UUID id = UUID.randomUUID();
            stored.follow(id, creator);
            fans.add(id);
        }

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < fans.size(); i++) {
                UUID id = fans.get(i);
                boolean stays = i % 2 == 0;
                pool.execute(() -> {
                    audiences.connected(id, "s");
                    if (!stays) {
                        audiences.disconnected(id, "s");
                    }
                });
            }
        }

        assertThat(audiences.of(creator)).hasSize(1_000)
                .allSatisfy(id -> assertThat(fans.indexOf(id) % 2).isZero());
    }

    /** The projection as the audiences read it: each user's followed creators. */
    private static final class StoredFollows {

        private final Map<UUID, Set<UUID>> follows = new HashMap<>();
        private int reads;
        private boolean failing;

        synchronized void follow(UUID userId, UUID creatorId) {
            follows.computeIfAbsent(userId, id -> new HashSet<>()).add(creatorId);
        }

        synchronized void unfollow(UUID userId, UUID creatorId) {
            follows.getOrDefault(userId, new HashSet<>()).remove(creatorId);
        }

        synchronized Set<UUID> of(UUID userId) {
            if (failing) {
                throw new IllegalStateException("database away");
            }
            reads++;
            return Set.copyOf(follows.getOrDefault(userId, Set.of()));
        }
    }
}
