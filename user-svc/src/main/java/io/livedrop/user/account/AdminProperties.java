package io.livedrop.user.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code livedrop.users.admin.*}: the administrator account created at start-up. Without both an
 * email and a password none is created; only the {@code local} profile has defaults.
 */
@ConfigurationProperties("livedrop.users.admin")
record AdminProperties(String email, String password) {

    boolean configured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
