package io.livedrop.product.media;

import io.livedrop.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/media")
class MediaController {

    private final MediaUploads uploads;

    MediaController(MediaUploads uploads) {
        this.uploads = uploads;
    }

    /** The slot is not a resource of its own until completed, so there is no Location to give. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UploadSlot start(CurrentUser caller, @PathVariable UUID productId, @Valid @RequestBody UploadRequest request) {
        return uploads.start(productId, caller.id(), request);
    }

    @PostMapping("/{mediaId}/complete")
    MediaView complete(CurrentUser caller, @PathVariable UUID productId, @PathVariable UUID mediaId) {
        return uploads.complete(productId, mediaId, caller.id());
    }
}
