package io.livedrop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PublicPathTest {

    @Test
    void plainPatternIsPublicForAnyMethod() {
        assertThat(PublicPath.parse("/auth/**")).isEqualTo(new PublicPath(null, "/auth/**"));
    }

    @Test
    void methodPrefixLimitsIt() {
        assertThat(PublicPath.parse("  get   /users/*  ")).isEqualTo(new PublicPath(HttpMethod.GET, "/users/*"));
    }

    @Test
    void malformedEntryFailsStartupWithTheEntryNamed() {
        assertThatThrownBy(() -> PublicPath.parse("GET users")).hasMessageContaining("'GET users'");
        assertThatThrownBy(() -> PublicPath.parse("/a /b")).hasMessageContaining("'/a /b'");
    }
}
