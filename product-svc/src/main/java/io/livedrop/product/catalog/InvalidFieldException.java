package io.livedrop.product.catalog;

/** A value a client sent breaks a product rule; answered as 400 naming {@link #field()}. */
class InvalidFieldException extends RuntimeException {

    private final String field;

    InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
