package io.livedrop.creator.page;

import io.livedrop.creator.handle.Handle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A creator's page: who owns it, its handle and what it says about the creator. */
@Entity
@Table(name = "creator")
public class CreatorPage implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private String handle;

    @Column(name = "handle_key", nullable = false, updatable = false)
    private String handleKey;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String bio;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Ids are assigned here (UUIDv7), so JPA cannot tell a new page by a null id.
    @Transient
    private boolean isNew;

    protected CreatorPage() {
    }

    CreatorPage(UUID id, UUID userId, Handle handle, String displayName, String bio, Instant now) {
        this.id = id;
        this.userId = userId;
        this.handle = handle.value();
        this.handleKey = handle.key();
        this.displayName = displayName;
        this.bio = bio;
        this.createdAt = now;
        this.updatedAt = now;
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

    public UUID userId() {
        return userId;
    }

    public String handle() {
        return handle;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public boolean verified() {
        return verified;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isOwnedBy(UUID user) {
        return userId.equals(user);
    }

    /** Returns whether anything changed. */
    boolean describe(String newDisplayName, String newBio, Instant now) {
        boolean changed = false;
        if (newDisplayName != null && !newDisplayName.equals(displayName)) {
            displayName = newDisplayName;
            changed = true;
        }
        if (newBio != null && !newBio.equals(bio == null ? "" : bio)) {
            bio = newBio.isEmpty() ? null : newBio;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** Returns whether the flag changed. */
    boolean setVerified(boolean value, Instant now) {
        if (verified == value) {
            return false;
        }
        verified = value;
        updatedAt = now;
        return true;
    }
}
