package io.livedrop.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.livedrop.web.problem.Problems;

import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/** 401 as a problem; the RFC 6750 {@code WWW-Authenticate} header comes from Spring's bearer entry point. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    private final JsonMapper jsonMapper;

    ProblemAuthenticationEntryPoint(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        bearer.commence(request, response, authException);
        String detail = authException instanceof OAuth2AuthenticationException
                ? "The access token is invalid or has expired."
                : "An access token is required.";
        ProblemResponses.write(jsonMapper, request, response,
                Problems.forStatus(HttpStatusCode.valueOf(response.getStatus()), detail));
    }
}
