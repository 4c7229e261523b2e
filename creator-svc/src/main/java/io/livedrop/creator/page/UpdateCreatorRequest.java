package io.livedrop.creator.page;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Fields left out stay as they are; an empty {@code bio} removes it. The handle cannot change:
 * links to the page use it, and a released handle could be taken by an impersonator.
 */
record UpdateCreatorRequest(
        @Size(max = PageText.DISPLAY_NAME_MAX) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String displayName,
        @Size(max = PageText.BIO_MAX) String bio) {
}
