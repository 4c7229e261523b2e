package io.livedrop.web.problem;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into an {@code application/problem+json} answer.
 * Spring's own handling covers the framework exceptions; this adds LiveDrop's problem types, field
 * errors for validation, and a 500 that never leaks what went wrong inside.
 */
// Last among advices (ties go to the application's own beans, registered before auto-configuration),
// so a service's @RestControllerAdvice handles its exceptions before the catch-all here.
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return handleExceptionInternal(ex, Problems.validation(violations), headers, status, request);
    }

    /** Constraints on {@code @RequestParam}, {@code @PathVariable}, {@code @RequestHeader} and the like. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!status.is4xxClientError()) {
            // Constraints on return values fail on our side, not the client's.
            return super.handleHandlerMethodValidationException(ex, headers, status, request);
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                for (FieldError error : errors.getFieldErrors()) {
                    violations.add(new FieldViolation(error.getField(), error.getDefaultMessage()));
                }
            }
            else {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    violations.add(new FieldViolation(name, error.getDefaultMessage()));
                }
            }
        }
        return handleExceptionInternal(ex, Problems.validation(violations), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The parser's message quotes the payload and names our classes: keep it out of the answer.
        ProblemDetail problem = Problems.of(status, "malformed-request", "Malformed request",
                "The request body is missing or is not valid JSON of the expected shape.");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * Security failures raised inside a controller (method security, an unauthenticated
     * {@code CurrentUser}) go back to Spring Security, so 401 and 403 look the same wherever they arise.
     */
    @ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
    void rethrowToSecurity(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUncaught(Exception ex, WebRequest request) {
        if (Outages.isOutage(ex)) {
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return handleExceptionInternal(ex, Problems.of(status, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                    "A backing service is unavailable. Try again shortly."), headers, status, request);
        }
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = Problems.of(status, Problems.INTERNAL, "Internal error",
                "An unexpected error occurred. It has been logged.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Request {} failed", describe(request), ex);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Framework exceptions come without a type (about:blank); give them types clients can rely on.
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(Problems.slugFor(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
