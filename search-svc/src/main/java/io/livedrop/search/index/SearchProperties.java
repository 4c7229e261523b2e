package io.livedrop.search.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.search.*}.
 *
 * @param indexPrefix put before every alias and index name, so environments and test runs sharing one
 *        cluster never touch each other's indices
 * @param unavailableInitialBackoff first wait before retrying a record while Elasticsearch is unreachable
 * @param unavailableMaxBackoff longest wait between such retries (they go on until it is back)
 */
@ConfigurationProperties("livedrop.search")
public record SearchProperties(
        @DefaultValue("livedrop-") String indexPrefix,
        @DefaultValue("500ms") Duration unavailableInitialBackoff,
        @DefaultValue("10s") Duration unavailableMaxBackoff) {
}
