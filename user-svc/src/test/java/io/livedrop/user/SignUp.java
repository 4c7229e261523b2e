package io.livedrop.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A sign-up request: a valid one unless a test changes a field; a field set to null is left out. */
public final class SignUp {

    private String email = "fan-" + UUID.randomUUID() + "@example.com";
    private String password = "correct-horse-1";
    private String displayName = "Fan " + email.substring(4, 12);

    public static SignUp aFan() {
        return new SignUp();
    }

    public SignUp email(String email) {
        this.email = email;
        return this;
    }

    public SignUp password(String password) {
        this.password = password;
        return this;
    }

    public SignUp displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    public String displayName() {
        return displayName;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (email != null) {
            body.put("email", email);
        }
        if (password != null) {
            body.put("password", password);
        }
        if (displayName != null) {
            body.put("displayName", displayName);
        }
        return body;
    }
}
