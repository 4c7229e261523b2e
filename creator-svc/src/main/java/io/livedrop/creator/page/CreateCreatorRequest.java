package io.livedrop.creator.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The handle's own rules are checked by {@link io.livedrop.creator.handle.Handle}. */
record CreateCreatorRequest(
        @NotNull String handle,
        @NotBlank @Size(max = PageText.DISPLAY_NAME_MAX) String displayName,
        @Size(max = PageText.BIO_MAX) String bio) {
}
