package io.livedrop.creator.page;

import io.livedrop.creator.followers.FollowerCounts;
import io.livedrop.creator.handle.Handle;
import io.livedrop.creator.handle.InvalidHandleException;
import io.livedrop.creator.userservice.CreatorRoleGrants;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.web.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading and editing creator pages; every change is published through the outbox. */
@Service
public class CreatorPages {

    private final CreatorPageRepository pages;
    private final FollowerCounts followerCounts;
    private final CreatorRoleGrants roleGrants;
    private final Outbox outbox;
    private final Clock clock;

    CreatorPages(CreatorPageRepository pages, FollowerCounts followerCounts, CreatorRoleGrants roleGrants,
            Outbox outbox, Clock clock) {
        this.pages = pages;
        this.followerCounts = followerCounts;
        this.roleGrants = roleGrants;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    CreatorView create(UUID userId, CreateCreatorRequest request) {
        Handle handle = parseHandle(request.handle());
        // Checked first for a clear answer; the unique constraints below settle a race.
        if (pages.existsByUserId(userId)) {
            throw alreadyCreator();
        }
        if (pages.existsByHandleKey(handle.key())) {
            throw handleTaken(handle);
        }
        CreatorPage page = new CreatorPage(UuidV7.next(), userId, handle, PageText.clean(request.displayName()),
                emptyToNull(PageText.clean(request.bio())), now());
        try {
            pages.saveAndFlush(page);
        }
        catch (DataIntegrityViolationException e) {
            throw duplicate(e, handle);
        }
        outbox.publish(new CreatorCreated(page.getId(), userId, page.handle(), page.displayName(), page.bio(),
                page.createdAt()));
        roleGrants.grantCreatorRole(userId);
        return CreatorView.of(page, 0);
    }

    @Transactional(readOnly = true)
    Optional<CreatorView> find(String idOrHandle) {
        return byIdOrHandle(idOrHandle)
                .map(page -> CreatorView.of(page, followerCounts.of(page.getId())));
    }

    @Transactional
    CreatorView update(UUID creatorId, UUID callerId, UpdateCreatorRequest request) {
        CreatorPage page = lockOwned(creatorId, callerId);
        if (page.describe(PageText.clean(request.displayName()), PageText.clean(request.bio()), now())) {
            publishUpdated(page);
        }
        return CreatorView.of(page, followerCounts.of(page.getId()));
    }

    /** The page, locked for a change in the caller's transaction; 404 if unknown, 403 if not the caller's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreatorPage lockOwned(UUID creatorId, UUID callerId) {
        CreatorPage page = lock(creatorId);
        if (!page.isOwnedBy(callerId)) {
            throw ProblemException.forbidden("Only the owner of this creator page may do this.");
        }
        return page;
    }

    /** The page, locked for a change in the caller's transaction; 404 if unknown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreatorPage lock(UUID creatorId) {
        return pages.findForUpdate(creatorId).orElseThrow(() -> notFound(creatorId.toString()));
    }

    /** Sets the verified flag of a page locked with {@link #lock}, announcing the change if there is one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setVerified(CreatorPage page, boolean verified) {
        if (page.setVerified(verified, now())) {
            publishUpdated(page);
        }
    }

    public CreatorView view(CreatorPage page) {
        return CreatorView.of(page, followerCounts.of(page.getId()));
    }

    static ProblemException notFound(String idOrHandle) {
        return ProblemException.notFound("There is no creator " + idOrHandle + ".");
    }

    private Optional<CreatorPage> byIdOrHandle(String idOrHandle) {
        Optional<UUID> id = parseUuid(idOrHandle);
        return id.isPresent() ? pages.findById(id.get()) : pages.findByHandleKey(Handle.keyOf(idOrHandle));
    }

    private void publishUpdated(CreatorPage page) {
        outbox.publish(new CreatorUpdated(page.getId(), page.userId(), page.handle(), page.displayName(), page.bio(),
                page.verified(), now()));
    }

    private static Handle parseHandle(String text) {
        try {
            return new Handle(text);
        }
        catch (InvalidHandleException e) {
            throw ProblemException.invalid("handle", e.getMessage());
        }
    }

    private static ProblemException duplicate(DataIntegrityViolationException e, Handle handle) {
        String constraint = e.getCause() instanceof ConstraintViolationException violation
                ? violation.getConstraintName() : null;
        if (constraint != null && constraint.contains("creator_handle_key_unique")) {
            return handleTaken(handle);
        }
        if (constraint != null && constraint.contains("creator_user_unique")) {
            return alreadyCreator();
        }
        throw e;
    }

    private static ProblemException handleTaken(Handle handle) {
        return ProblemException.conflict("handle-taken", "The handle " + handle.value() + " is taken.")
                .with("handle", handle.value());
    }

    private static ProblemException alreadyCreator() {
        return ProblemException.conflict("already-creator", "You already have a creator page.");
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    // Postgres keeps microseconds: events carry the same instant as the row.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
