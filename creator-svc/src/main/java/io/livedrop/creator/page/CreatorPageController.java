package io.livedrop.creator.page;

import io.livedrop.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/creators")
class CreatorPageController {

    private final CreatorPages pages;

    CreatorPageController(CreatorPages pages) {
        this.pages = pages;
    }

    /** The caller becomes a creator; user-svc grants them the CREATOR role. */
    @PostMapping
    ResponseEntity<CreatorView> create(CurrentUser caller, @Valid @RequestBody CreateCreatorRequest request) {
        CreatorView created = pages.create(caller.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/creators/" + created.id())).body(created);
    }

    @GetMapping("/{creatorIdOrHandle}")
    CreatorView get(@PathVariable String creatorIdOrHandle) {
        return pages.find(creatorIdOrHandle).orElseThrow(() -> CreatorPages.notFound(creatorIdOrHandle));
    }

    @PatchMapping("/{creatorId}")
    CreatorView update(CurrentUser caller, @PathVariable UUID creatorId,
            @Valid @RequestBody UpdateCreatorRequest request) {
        return pages.update(creatorId, caller.id(), request);
    }
}
