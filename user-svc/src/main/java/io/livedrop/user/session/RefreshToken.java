package io.livedrop.user.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.livedrop.events.UuidV7;

import org.springframework.data.domain.Persistable;

/** One refresh token of a family, by its hash. It can be redeemed once. */
@Entity
@Table(name = "refresh_token")
class RefreshToken implements Persistable<UUID> {

    /** What presenting a refresh token leads to. */
    enum Redemption {
        /** Valid and now used up: a new pair may be issued in its family. */
        REDEEMED,
        /** Used before: someone replays it, so the whole family has been revoked. */
        REUSED,
        EXPIRED,
        /** Its family was revoked earlier (logout, or a reuse of a sibling). */
        REVOKED
    }

    @Id
    private UUID id;

    private byte[] tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private RefreshFamily family;

    private Instant issuedAt;

    private Instant expiresAt;

    private Instant usedAt;

    @Transient
    private boolean isNew = true;

    protected RefreshToken() {
    }

    RefreshToken(byte[] tokenHash, RefreshFamily family, Instant now, Instant expiresAt) {
        this.id = UuidV7.next();
        this.tokenHash = tokenHash.clone();
        this.family = family;
        this.issuedAt = now;
        this.expiresAt = expiresAt;
    }

    RefreshFamily family() {
        return family;
    }

    /**
     * Uses the token up if it is valid. Presenting a token that was already used is the sign of a
     * stolen token (the thief and the owner both hold it), so it revokes the family: the thief's
     * descendants and the owner's die together, and the owner logs in again.
     */
    Redemption redeem(Instant now) {
        if (family.isRevoked()) {
            return Redemption.REVOKED;
        }
        if (usedAt != null) {
            family.revoke(now);
            return Redemption.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Redemption.EXPIRED;
        }
        usedAt = now;
        return Redemption.REDEEMED;
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
