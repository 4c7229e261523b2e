package io.livedrop.search.rebuild;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.search.rebuild.*}: where a rebuild reads the source services' internal listings,
 * and how it signs in to them (a service token from user-svc).
 *
 * @param userSvcUrl issues the service token ({@code POST /internal/service-tokens})
 * @param productSvcUrl serves {@code GET /internal/products}
 * @param dropSvcUrl serves {@code GET /internal/drops}
 * @param creatorSvcUrl serves {@code GET /internal/creators}
 * @param clientId the client user-svc knows this service as
 * @param clientSecret its secret
 * @param pageSize rows asked for per listing page (the sources allow up to 1000)
 * @param timeout connect and answer timeout of each call to a source
 * @param versionMargin rebuilt documents are versioned this long before the rebuild began, so an
 *        event of a change that committed while the listing was read still wins over the listing
 * @param lease how long a rebuild's lease holds without renewal (it is renewed as the rebuild goes on):
 *        how long rebuilds wait after an instance died while rebuilding
 */
@ConfigurationProperties("livedrop.search.rebuild")
record RebuildProperties(
        @DefaultValue("http://127.0.0.1:8081") URI userSvcUrl,
        @DefaultValue("http://127.0.0.1:8084") URI productSvcUrl,
        @DefaultValue("http://127.0.0.1:8085") URI dropSvcUrl,
        @DefaultValue("http://127.0.0.1:8082") URI creatorSvcUrl,
        @DefaultValue("search-svc") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("500") int pageSize,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("1m") Duration versionMargin,
        @DefaultValue("2m") Duration lease) {
}
