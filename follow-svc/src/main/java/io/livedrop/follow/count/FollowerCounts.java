package io.livedrop.follow.count;

import java.util.UUID;

import io.livedrop.follow.creators.CreatorDirectory;
import io.livedrop.web.problem.ProblemException;

import org.springframework.stereotype.Service;

/** Reads follower counts: from Redis, rebuilt from the Postgres counter rows on a miss. */
@Service
class FollowerCounts {

    private final FollowerCountCache cache;
    private final FollowerCountRepository counts;
    private final CreatorDirectory creators;

    FollowerCounts(FollowerCountCache cache, FollowerCountRepository counts, CreatorDirectory creators) {
        this.cache = cache;
        this.counts = counts;
        this.creators = creators;
    }

    long count(UUID creatorId) {
        return cache.get(creatorId).orElseGet(() -> {
            if (!creators.exists(creatorId)) {
                throw ProblemException.notFound("There is no creator " + creatorId + ".");
            }
            long count = counts.count(creatorId);
            cache.fill(creatorId, count);
            return count;
        });
    }
}
