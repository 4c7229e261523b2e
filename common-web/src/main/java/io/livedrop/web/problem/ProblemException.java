package io.livedrop.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain error a service throws to answer with a specific problem, e.g.
 * {@code throw ProblemException.conflict("sold-out", "Drop 42 has no stock left")}, which answers
 * 409 with type {@code https://livedrop.io/problems/sold-out}.
 *
 * <p>It is an {@link ErrorResponseException}, so Spring MVC renders its body as-is; it is not logged
 * as an error because it describes an expected outcome.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatusCode status, String slug, String title, String detail) {
        this(Problems.of(status, slug, title, detail));
    }

    /** Title derived from the slug ({@code sold-out} → "Sold out"). */
    public ProblemException(HttpStatusCode status, String slug, String detail) {
        this(status, slug, Problems.titleFor(slug), detail);
    }

    private ProblemException(ProblemDetail body) {
        super(HttpStatusCode.valueOf(body.getStatus()), body, null);
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, slug, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail);
    }

    /** 400 validation problem naming one field, for checks bean validation cannot express. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problems.validation(List.of(new FieldViolation(field, message))));
    }

    /** Adds an extension member to the body, e.g. {@code with("productId", id)} naming what could not be had. */
    public ProblemException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }
}
