package io.livedrop.follow.graph;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class FollowController {

    private final FollowService follows;

    FollowController(FollowService follows) {
        this.follows = follows;
    }

    @PutMapping("/creators/{creatorId}/followers/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void follow(@PathVariable UUID creatorId, CurrentUser caller) {
        follows.follow(caller.id(), creatorId);
    }

    @DeleteMapping("/creators/{creatorId}/followers/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable UUID creatorId, CurrentUser caller) {
        follows.unfollow(caller.id(), creatorId);
    }

    @GetMapping("/creators/{creatorId}/followers")
    CursorPage<Follower> followers(@PathVariable UUID creatorId, CursorRequest page) {
        return follows.followers(creatorId, page).map(row -> new Follower(row.otherId(), row.followedAt()));
    }

    @GetMapping("/users/{userId}/following")
    CursorPage<FollowedCreator> following(@PathVariable UUID userId, CursorRequest page) {
        return follows.following(userId, page).map(row -> new FollowedCreator(row.otherId(), row.followedAt()));
    }

    @GetMapping("/users/me/following/{creatorId}")
    FollowingStatus isFollowing(@PathVariable UUID creatorId, CurrentUser caller) {
        return new FollowingStatus(follows.isFollowing(caller.id(), creatorId));
    }

    record Follower(UUID userId, Instant followedAt) {
    }

    record FollowedCreator(UUID creatorId, Instant followedAt) {
    }

    record FollowingStatus(boolean following) {
    }
}
