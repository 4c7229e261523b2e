package io.livedrop.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.livedrop.web.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 403 as a problem. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final JsonMapper jsonMapper;

    ProblemAccessDeniedHandler(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        ProblemResponses.write(jsonMapper, request, response,
                Problems.forStatus(HttpStatus.FORBIDDEN, "You are not allowed to do this."));
    }
}
