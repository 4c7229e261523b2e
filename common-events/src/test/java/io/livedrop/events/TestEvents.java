package io.livedrop.events;

import io.livedrop.events.user.UserCreated;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Small builders of test events. */
public final class TestEvents {

    private TestEvents() {
    }

    public static UserCreatedBuilder aUserCreated() {
        return new UserCreatedBuilder();
    }

    public static final class UserCreatedBuilder {

        private UUID userId = UuidV7.next();
        private String displayName = "Fan " + userId.toString().substring(0, 8);

        public UserCreatedBuilder forUser(UUID id) {
            this.userId = id;
            return this;
        }

        public UserCreatedBuilder named(String name) {
            this.displayName = name;
            return this;
        }

        public UserCreated build() {
            return new UserCreated(userId, "fan-" + userId + "@example.com", displayName, Set.of("FAN"), Instant.now());
        }
    }
}
