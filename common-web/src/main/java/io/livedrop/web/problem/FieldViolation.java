package io.livedrop.web.problem;

/**
 * One entry of a validation problem's {@code errors} array.
 *
 * @param field the request field, query parameter or header at fault (a property path for nested bodies)
 * @param message what is wrong with it, for a human
 */
public record FieldViolation(String field, String message) {
}
