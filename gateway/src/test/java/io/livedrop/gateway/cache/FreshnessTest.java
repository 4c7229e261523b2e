package io.livedrop.gateway.cache;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    private final Freshness freshness = new Freshness(Duration.ofSeconds(5), Duration.ofSeconds(30));

    @Test
    void jsonWithoutCacheControlGetsTheDefaultLifetime() {
        assertThat(ttl(json())).contains(Duration.ofSeconds(5));
    }

    @Test
    void maxAgeIsHonouredUpToTheCap() {
        assertThat(ttl(json("public, max-age=12"))).contains(Duration.ofSeconds(12));
        assertThat(ttl(json("max-age=3600"))).contains(Duration.ofSeconds(30));
    }

    @Test
    void sharedMaxAgeWinsOverMaxAge() {
        assertThat(ttl(json("max-age=2, s-maxage=20"))).contains(Duration.ofSeconds(20));
    }

    @Test
    void privateNoStoreNoCacheAndZeroMaxAgeAreNotCached() {
        assertThat(ttl(json("private, max-age=60"))).isEmpty();
        assertThat(ttl(json("no-store"))).isEmpty();
        assertThat(ttl(json("no-cache"))).isEmpty();
        assertThat(ttl(json("max-age=0"))).isEmpty();
        assertThat(ttl(json("max-age=soon"))).isEmpty();
    }

    @Test
    void onlyPlainJsonOkAnswersAreCached() {
        HttpHeaders cookie = json();
        cookie.add(HttpHeaders.SET_COOKIE, "a=b");
        HttpHeaders gzip = json();
        gzip.add(HttpHeaders.CONTENT_ENCODING, "gzip");
        HttpHeaders html = new HttpHeaders();
        html.setContentType(MediaType.TEXT_HTML);

        assertThat(ttl(cookie)).isEmpty();
        assertThat(ttl(gzip)).isEmpty();
        assertThat(ttl(html)).isEmpty();
        assertThat(freshness.ttl(HttpStatus.NOT_FOUND, json())).isEmpty();
    }

    @Test
    void problemJsonCountsAsJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ttl(headers)).isPresent();
    }

    private Optional<Duration> ttl(HttpHeaders headers) {
        return freshness.ttl(HttpStatus.OK, headers);
    }

    private static HttpHeaders json(String... cacheControl) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String value : cacheControl) {
            headers.add(HttpHeaders.CACHE_CONTROL, value);
        }
        return headers;
    }
}
