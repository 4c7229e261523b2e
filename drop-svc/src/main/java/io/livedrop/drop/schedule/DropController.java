package io.livedrop.drop.schedule;

import io.livedrop.drop.listing.DropView;
import io.livedrop.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A creator's writes: schedule a drop, change it while it is still scheduled, cancel it. */
@RestController
@RequestMapping("/api/v1/drops")
class DropController {

    private final DropScheduling scheduling;

    DropController(DropScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @PostMapping
    @PreAuthorize("hasRole('CREATOR')")
    ResponseEntity<DropView> schedule(CurrentUser caller, @RequestBody ScheduleDropRequest request) {
        DropView drop = scheduling.schedule(caller.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/drops/" + drop.id())).body(drop);
    }

    @PatchMapping("/{dropId}")
    DropView update(CurrentUser caller, @PathVariable UUID dropId, @RequestBody UpdateDropRequest request) {
        return scheduling.update(dropId, caller.id(), request);
    }

    @PostMapping("/{dropId}/cancel")
    DropView cancel(CurrentUser caller, @PathVariable UUID dropId,
            @Valid @RequestBody(required = false) CancelDropRequest request) {
        return scheduling.cancel(dropId, caller.id(), request == null ? null : request.reason());
    }
}
