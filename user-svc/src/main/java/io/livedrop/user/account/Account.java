package io.livedrop.user.account;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.livedrop.events.UuidV7;
import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.QuietHours;
import io.livedrop.events.user.UserCreated;
import io.livedrop.events.user.UserUpdated;

import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.Persistable;

/**
 * A user account. Other packages read it; only this package changes it, through {@link Accounts}.
 */
@Entity
@Table(name = "account")
// Only changed columns are written, so a profile edit and a preferences edit made at the same time both survive.
@DynamicUpdate
public class Account implements Persistable<UUID> {

    @Id
    private UUID id;

    private String email;

    private String passwordHash;

    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private boolean notifyPush;

    private boolean notifyEmail;

    private boolean notifyWebsocket;

    private boolean notifySms;

    private String phoneNumber;

    private LocalTime quietStart;

    private LocalTime quietEnd;

    private String quietZone;

    private Instant createdAt;

    private Instant updatedAt;

    // Ids are assigned here, not by the database, so Spring Data cannot tell new from loaded by the id.
    @Transient
    private boolean isNew = true;

    protected Account() {
    }

    Account(String email, String passwordHash, String displayName, Set<Role> roles, Instant now) {
        this.id = UuidV7.next();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles.addAll(roles);
        this.createdAt = now;
        this.updatedAt = now;
        applyPreferences(NotificationPreferences.defaults());
    }

    public UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    Instant createdAt() {
        return createdAt;
    }

    public NotificationPreferences preferences() {
        QuietHours quietHours = quietStart == null ? null : new QuietHours(quietStart, quietEnd, quietZone);
        return new NotificationPreferences(notifyPush, notifyEmail, notifyWebsocket, notifySms, phoneNumber,
                quietHours);
    }

    String passwordHash() {
        return passwordHash;
    }

    /** @return whether anything changed */
    boolean rename(String newDisplayName, Instant now) {
        if (displayName.equals(newDisplayName)) {
            return false;
        }
        displayName = newDisplayName;
        updatedAt = now;
        return true;
    }

    /** @return whether anything changed */
    boolean changePreferences(NotificationPreferences preferences, Instant now) {
        if (preferences().equals(preferences)) {
            return false;
        }
        applyPreferences(preferences);
        updatedAt = now;
        return true;
    }

    /** @return whether the role is new to this account */
    boolean grant(Role role, Instant now) {
        if (!roles.add(role)) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    UserCreated created() {
        return new UserCreated(id, email, displayName, roleNames(), createdAt);
    }

    UserUpdated updated() {
        return new UserUpdated(id, displayName, roleNames(), preferences(), updatedAt);
    }

    /** The roles as the {@code roles} claim and the events carry them. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private void applyPreferences(NotificationPreferences preferences) {
        notifyPush = preferences.push();
        notifyEmail = preferences.email();
        notifyWebsocket = preferences.websocket();
        notifySms = preferences.sms();
        phoneNumber = preferences.phoneNumber();
        QuietHours quietHours = preferences.quietHours();
        quietStart = quietHours == null ? null : quietHours.start();
        quietEnd = quietHours == null ? null : quietHours.end();
        quietZone = quietHours == null ? null : quietHours.zone();
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
