package io.livedrop.user.account;

/** What a user may do; every account starts as {@link #FAN}. */
public enum Role {
    FAN,
    CREATOR,
    ADMIN
}
