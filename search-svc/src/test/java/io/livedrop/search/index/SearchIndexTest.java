package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void theMappingVersionIsReadFromTheNamesIndicesAreCreatedWith() {
        assertThat(SearchIndex.mappingVersionOf("livedrop-drops", "livedrop-drops-v1")).hasValue(1);
        assertThat(SearchIndex.mappingVersionOf("livedrop-drops", "livedrop-drops-v2-1764441600000")).hasValue(2);
    }

    @Test
    void aNameNotMadeThatWayHasNoVersion() {
        assertThat(SearchIndex.mappingVersionOf("livedrop-drops", "livedrop-drops")).isEmpty();
        assertThat(SearchIndex.mappingVersionOf("livedrop-drops", "livedrop-drops-vx")).isEmpty();
        assertThat(SearchIndex.mappingVersionOf("livedrop-drops", "other-drops-v1")).isEmpty();
    }
}
