package io.livedrop.web.problem;

import java.util.Set;

/**
 * Tells a dependency that is away (database, Redis, a socket refused) from a bug, so the client
 * gets 503 "try again" instead of 500. Matched by class name along the cause chain, so common-web
 * needs none of the data-access libraries on its own classpath.
 */
final class Outages {

    private static final Set<String> OUTAGE_TYPES = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.QueryTimeoutException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "io.lettuce.core.RedisConnectionException",
            "java.net.ConnectException");

    private Outages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (OUTAGE_TYPES.contains(type.getName())) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
