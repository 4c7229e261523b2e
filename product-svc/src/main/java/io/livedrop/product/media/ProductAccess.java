package io.livedrop.product.media;

import java.util.UUID;

/**
 * What media needs from the catalogue, which implements it: media depends on no product code, and
 * the catalogue can show media without a cycle between the two.
 */
public interface ProductAccess {

    /**
     * Locks the product for a change in the caller's transaction. Answers 404 if it does not exist,
     * 403 if the user does not own it, 409 if it is archived.
     */
    void lockEditable(UUID productId, UUID userId);

    /** Records, in the caller's transaction, that the product's media changed. */
    void mediaChanged(UUID productId);
}
