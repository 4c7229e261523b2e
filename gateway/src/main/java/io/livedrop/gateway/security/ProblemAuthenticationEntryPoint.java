package io.livedrop.gateway.security;

import io.livedrop.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * 401 as a problem with the RFC 6750 challenge. Spring's bearer entry point would complete the
 * response itself, leaving no room for a body, so the challenge is written here.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean badToken = ex instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, badToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or revoked\""
                : "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, badToken
                ? "The access token is invalid, expired or revoked."
                : "An access token is required.");
    }
}
