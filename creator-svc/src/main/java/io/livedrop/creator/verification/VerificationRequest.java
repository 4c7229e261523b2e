package io.livedrop.creator.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A creator's request to be verified, pending until an admin decides; decided ones are kept as history. */
@Entity
@Table(name = "verification_request")
class VerificationRequest implements Persistable<UUID> {

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private UUID id;

    @Column(name = "creator_id", nullable = false, updatable = false)
    private UUID creatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    // Ids are assigned here (UUIDv7), so JPA cannot tell a new request by a null id.
    @Transient
    private boolean isNew;

    protected VerificationRequest() {
    }

    VerificationRequest(UUID id, UUID creatorId, Instant now) {
        this.id = id;
        this.creatorId = creatorId;
        this.status = Status.PENDING;
        this.requestedAt = now;
        this.isNew = true;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID creatorId() {
        return creatorId;
    }

    Status status() {
        return status;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    void decide(VerificationDecision decision, UUID admin, Instant now) {
        status = decision.approved() ? Status.APPROVED : Status.REJECTED;
        reason = decision.reason();
        decidedAt = now;
        decidedBy = admin;
    }
}
