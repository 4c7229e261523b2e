package io.livedrop.follow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class FollowingCacheKeysTest {

    private final UUID userId = UUID.fromString("0196a0c4-0000-7000-8000-000000000001");

    @Test
    void aUsersSetAndItsRebuildTokenShareAHashTagSoOneScriptMayTouchBothOnACluster() {
        assertThat(FollowingCache.key(userId)).isEqualTo("ld:follow:following:{" + userId + "}");
        assertThat(FollowingCache.rebuildKey(userId)).isEqualTo("ld:follow:following-rebuild:{" + userId + "}");
    }

    @Test
    void theCachedMarkerCannotBeTakenForACreatorId() {
        assertThat(FollowingCache.CACHED).doesNotMatch("[0-9a-f-]{36}");
    }
}
