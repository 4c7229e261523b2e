package io.livedrop.drop.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCacheTest {

    @Test
    void aListAndItsRebuildTokenShareAHashTagSoOneScriptMayTouchBothOnACluster() {
        for (DropList list : DropList.values()) {
            assertThat(hashTag(ListCache.key(list))).isEqualTo(hashTag(ListCache.rebuildKey(list)))
                    .isEqualTo(list.name());
        }
    }

    @Test
    void keysLiveInTheDropServiceNamespace() {
        assertThat(ListCache.key(DropList.LIVE)).isEqualTo("ld:drop:list:{LIVE}");
        assertThat(ListCache.rebuildKey(DropList.LIVE)).isEqualTo("ld:drop:list-rebuild:{LIVE}");
    }

    private static String hashTag(String key) {
        return key.substring(key.indexOf('{') + 1, key.indexOf('}'));
    }
}
