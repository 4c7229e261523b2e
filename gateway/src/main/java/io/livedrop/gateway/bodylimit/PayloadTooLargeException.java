package io.livedrop.gateway.bodylimit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A streamed (chunked) body grew past the limit; answered as a 413 problem. */
class PayloadTooLargeException extends ResponseStatusException {

    PayloadTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "request body larger than " + maxBytes + " bytes");
    }
}
