package io.livedrop.notification.websocket;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * For each creator, the users with a socket on this instance who follow them and take notifications on
 * sockets: what a follower broadcast is sent to, known without a query at the moment a drop starts. A
 * user's creators are read when their first socket opens here and again whenever their follows or
 * preferences change ({@link AudienceChanges}), and forgotten when their last socket closes.
 */
final class Audiences {

    // Changes to one user's membership are serialized; different users rarely share a stripe. Locks, not
    // monitors: a change reads the database, and on Java 21 a virtual thread waiting inside a monitor
    // pins its carrier.
    private static final int STRIPES = 64;

    private final Function<UUID, Set<UUID>> creatorsListenedBy;
    private final Map<UUID, Set<UUID>> byCreator = new ConcurrentHashMap<>();
    private final Map<UUID, Member> members = new ConcurrentHashMap<>();
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    /** @param creatorsListenedBy the creators whose broadcasts a user takes on sockets, as stored now */
    Audiences(Function<UUID, Set<UUID>> creatorsListenedBy) {
        this.creatorsListenedBy = creatorsListenedBy;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The users connected here who hear the creator's broadcasts, as of now. */
    Set<UUID> of(UUID creatorId) {
        Set<UUID> users = byCreator.get(creatorId);
        return users == null ? Set.of() : Set.copyOf(users);
    }

    /**
     * A socket of the user opened here. The first one reads the user's creators; if that fails, the socket
     * is not counted and the failure is thrown.
     */
    void connected(UUID userId, String socketId) {
        withStripeOf(userId, () -> {
            Member member = members.get(userId);
            if (member == null) {
                member = new Member(creatorsListenedBy.apply(userId));
                member.creators.forEach(creatorId -> join(creatorId, userId));
                members.put(userId, member);
            }
            member.sockets.add(socketId);
        });
    }

    /** A socket of the user closed or failed; the user leaves every audience with their last one. */
    void disconnected(UUID userId, String socketId) {
        withStripeOf(userId, () -> {
            Member member = members.get(userId);
            if (member == null || !member.sockets.remove(socketId) || !member.sockets.isEmpty()) {
                return;
            }
            members.remove(userId);
            member.creators.forEach(creatorId -> leave(creatorId, userId));
        });
    }

    /** The user's follows or preferences changed: read again if they are connected here. */
    void changed(UUID userId) {
        withStripeOf(userId, () -> {
            Member member = members.get(userId);
            if (member == null) {
                return;
            }
            Set<UUID> now = creatorsListenedBy.apply(userId);
            member.creators.stream().filter(creatorId -> !now.contains(creatorId))
                    .forEach(creatorId -> leave(creatorId, userId));
            now.stream().filter(creatorId -> !member.creators.contains(creatorId))
                    .forEach(creatorId -> join(creatorId, userId));
            member.creators = now;
        });
    }

    private void join(UUID creatorId, UUID userId) {
        // Inside compute, so that a set emptied by someone leaving at the same time is not added to after its removal.
        byCreator.compute(creatorId, (id, users) -> {
            Set<UUID> joined = users == null ? ConcurrentHashMap.newKeySet() : users;
            joined.add(userId);
            return joined;
        });
    }

    private void leave(UUID creatorId, UUID userId) {
        byCreator.computeIfPresent(creatorId, (id, users) -> {
            users.remove(userId);
            return users.isEmpty() ? null : users;
        });
    }

    private void withStripeOf(UUID userId, Runnable change) {
        ReentrantLock stripe = stripes[Math.floorMod(userId.hashCode(), STRIPES)];
        stripe.lock();
        try {
            change.run();
        }
        finally {
            stripe.unlock();
        }
    }

    /** Guarded by the user's stripe. */
    private static final class Member {

        private final Set<String> sockets = new HashSet<>();
        private Set<UUID> creators;

        Member(Set<UUID> creators) {
            this.creators = creators;
        }
    }
}
