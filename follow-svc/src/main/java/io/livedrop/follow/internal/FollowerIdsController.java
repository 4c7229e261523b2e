package io.livedrop.follow.internal;

import java.util.UUID;

import io.livedrop.web.pagination.CursorPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services only (role SERVICE), not routed by the gateway: notification-svc pages through
 * a creator's followers to fan a notification out to all of them.
 */
@RestController
@PreAuthorize("hasRole('SERVICE')")
class FollowerIdsController {

    private final FollowerIdsRepository followerIds;

    FollowerIdsController(FollowerIdsRepository followerIds) {
        this.followerIds = followerIds;
    }

    @GetMapping("/internal/creators/{creatorId}/follower-ids")
    CursorPage<UUID> followerIds(@PathVariable UUID creatorId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        FollowerIdsRequest request = FollowerIdsRequest.of(limit, cursor);
        return request.page(followerIds.followerIds(creatorId, request.after(), request.fetchSize()));
    }
}
