package io.livedrop.follow.count;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class FollowerCountController {

    private final FollowerCounts counts;

    FollowerCountController(FollowerCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/creators/{creatorId}/follower-count")
    FollowerCount followerCount(@PathVariable UUID creatorId) {
        return new FollowerCount(creatorId, counts.count(creatorId));
    }

    record FollowerCount(UUID creatorId, long followerCount) {
    }
}
