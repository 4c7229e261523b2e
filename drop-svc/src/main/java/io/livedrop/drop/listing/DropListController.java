package io.livedrop.drop.listing;

import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public reads: one drop, the lists by status, a creator's drops. */
@RestController
class DropListController {

    private final DropReads reads;
    private final ListCache cache;

    DropListController(DropReads reads, ListCache cache) {
        this.reads = reads;
        this.cache = cache;
    }

    @GetMapping("/api/v1/drops/{dropId}")
    DropView get(@PathVariable UUID dropId) {
        return reads.find(dropId).orElseThrow(() -> ProblemException.notFound("There is no drop " + dropId + "."));
    }

    /** {@code ?status=SCHEDULED|LIVE|ENDED}, required; the order of each is told at {@link DropList}. */
    @GetMapping("/api/v1/drops")
    CursorPage<DropView> list(@RequestParam(name = DropList.PARAMETER, required = false) String status,
            CursorRequest page) {
        DropList list = DropList.parse(status);
        if (list.cached() && page.isFirstPage()) {
            return cache.firstPage(list, page.limit(), () -> reads.list(list, page));
        }
        return reads.list(list, page);
    }

    @GetMapping("/api/v1/creators/{creatorId}/drops")
    CursorPage<DropView> ofCreator(@PathVariable UUID creatorId, CursorRequest page) {
        return reads.ofCreator(creatorId, page);
    }
}
