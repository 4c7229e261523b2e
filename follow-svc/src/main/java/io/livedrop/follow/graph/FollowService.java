package io.livedrop.follow.graph;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.follow.count.FollowerCounter;
import io.livedrop.follow.creators.CreatorDirectory;
import io.livedrop.follow.ratelimit.FollowRateLimiter;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows and unfollows: the follow row, the follower count and the event change together in one
 * transaction, and only when something changed; the Redis caches follow after the commit.
 */
@Service
class FollowService {

    private final FollowRepository follows;
    private final CreatorDirectory creators;
    private final FollowerCounter counter;
    private final FollowingCache followingCache;
    private final FollowRateLimiter rateLimiter;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    FollowService(FollowRepository follows, CreatorDirectory creators, FollowerCounter counter,
            FollowingCache followingCache, FollowRateLimiter rateLimiter, Outbox outbox,
            TransactionTemplate transactions) {
        this.follows = follows;
        this.creators = creators;
        this.counter = counter;
        this.followingCache = followingCache;
        this.rateLimiter = rateLimiter;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    void follow(UUID userId, UUID creatorId) {
        rateLimiter.acquire(userId);
        FollowRules.checkFollowable(creatorId, creators.find(creatorId), userId);
        boolean added = Boolean.TRUE.equals(transactions.execute(status -> {
            // Postgres keeps microseconds: the list cursor and the event carry exactly the stored time.
            Instant followedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (!follows.insert(UuidV7.next(), creatorId, userId, followedAt)) {
                return false;
            }
            counter.followed(creatorId);
            outbox.publish(new FollowAdded(creatorId, userId, followedAt));
            return true;
        }));
        if (added) {
            followingCache.followed(userId, creatorId);
        }
    }

    void unfollow(UUID userId, UUID creatorId) {
        rateLimiter.acquire(userId);
        boolean removed = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!follows.delete(creatorId, userId)) {
                return false;
            }
            counter.unfollowed(creatorId);
            outbox.publish(new FollowRemoved(creatorId, userId, Instant.now()));
            return true;
        }));
        if (removed) {
            followingCache.unfollowed(userId, creatorId);
        }
    }

    boolean isFollowing(UUID userId, UUID creatorId) {
        Optional<Boolean> cached = followingCache.isFollowing(userId, creatorId);
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<String> rebuild = followingCache.startRebuild(userId);
        if (rebuild.isEmpty()) {
            return follows.exists(userId, creatorId);
        }
        List<UUID> followed = follows.creatorsFollowedBy(userId);
        followingCache.finishRebuild(userId, rebuild.get(), followed);
        return followed.contains(creatorId);
    }

    CursorPage<FollowRow> followers(UUID creatorId, CursorRequest request) {
        if (!creators.exists(creatorId)) {
            throw ProblemException.notFound("There is no creator " + creatorId + ".");
        }
        return CursorPage.of(follows.followers(creatorId, position(request), request.fetchSize()), request,
                FollowRow::cursor);
    }

    CursorPage<FollowRow> following(UUID userId, CursorRequest request) {
        return CursorPage.of(follows.following(userId, position(request), request.fetchSize()), request,
                FollowRow::cursor);
    }

    private static FollowRow.Position position(CursorRequest request) {
        return request.isFirstPage() ? null : FollowRow.Position.of(request.cursor());
    }
}
