package io.livedrop.user.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.livedrop.events.UuidV7;

import org.springframework.data.domain.Persistable;

/** The refresh tokens that descend from one login; revoked as a whole on logout or on theft. */
@Entity
@Table(name = "refresh_family")
class RefreshFamily implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID accountId;

    private Instant createdAt;

    private Instant revokedAt;

    @Transient
    private boolean isNew = true;

    protected RefreshFamily() {
    }

    RefreshFamily(UUID accountId, Instant now) {
        this.id = UuidV7.next();
        this.accountId = accountId;
        this.createdAt = now;
    }

    UUID accountId() {
        return accountId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        isNew = false;
    }
}
