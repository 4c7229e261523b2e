package io.livedrop.creator.handle;

/** A handle that breaks the rules; the message says which, in words fit for the client. */
public class InvalidHandleException extends IllegalArgumentException {

    InvalidHandleException(String message) {
        super(message);
    }
}
