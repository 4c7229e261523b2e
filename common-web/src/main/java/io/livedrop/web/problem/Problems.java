package io.livedrop.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem bodies every LiveDrop service answers with, so a {@code type} is
 * always {@code https://livedrop.io/problems/<slug>} and clients can switch on it.
 */
public final class Problems {

    /** Prefix of every problem {@code type}; the slug after it is the stable, documented part. */
    public static final String TYPE_BASE = "https://livedrop.io/problems/";

    static final String VALIDATION = "validation";
    static final String INTERNAL = "internal";
    static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private Problems() {
    }

    /** The {@code type} URI for a slug such as {@code sold-out}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** A problem whose type and title follow from the status alone, e.g. 404 → {@code not-found}. */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slugFor(status)));
        return problem;
    }

    /** 400 with an {@code errors} array of {@code {field, message}}; the shape of every validation failure. */
    static ProblemDetail validation(List<FieldViolation> violations) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid request",
                violations.size() == 1 ? "One field is invalid." : violations.size() + " fields are invalid.");
        problem.setProperty("errors", violations);
        return problem;
    }

    static String slugFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            return INTERNAL;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "status-" + status.value() : slugify(known.getReasonPhrase());
    }

    /** "Sold out" from "sold-out": problem titles stay tied to their type. */
    static String titleFor(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String slugify(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
