package io.livedrop.gateway.problem;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every error that reaches WebFlux becomes a problem instead of Boot's {@code {timestamp, path,
 * status, error}} map: an unknown route is a 404 {@code not-found}; a service that is down, too slow
 * or behind an open circuit breaker is a 503 {@code service-unavailable}, answered as soon as the
 * connect or response timeout fires or at once while the breaker is open; anything unexpected is a
 * 500 that says nothing about the inside.
 */
// Before Boot's DefaultErrorWebExceptionHandler (order -1).
@Order(-2)
@Component
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return Problems.write(exchange, problemFor(exchange, ex));
    }

    private static ProblemDetail problemFor(ServerWebExchange exchange, Throwable ex) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
        if (isUpstreamFailure(ex)) {
            log.warn("{}: upstream unavailable: {}", request, rootMessage(ex));
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "The service behind this route is unavailable or too slow. Try again shortly.");
        }
        if (ex instanceof DataAccessException) {
            log.warn("{}: Redis unavailable: {}", request, rootMessage(ex));
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "The platform is briefly unavailable. Try again shortly.");
        }
        if (ex instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            return Problems.of(code, Problems.slugFor(code), detailFor(code));
        }
        log.error("{} failed", request, ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "An unexpected error occurred. It has been logged.");
    }

    /**
     * Connection refused or reset, a response timeout (the routing filter's 504), or the open
     * breaker refusing the call (ServiceUnavailableException).
     */
    private static boolean isUpstreamFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof ServiceUnavailableException) {
                return true;
            }
            if (t instanceof ResponseStatusException status && (status.getStatusCode().value() == 503
                    || status.getStatusCode().value() == 504)) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 413 -> "The request body is too large.";
            default -> status.is5xxServerError() ? "An unexpected error occurred. It has been logged."
                    : "The request could not be processed.";
        };
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
