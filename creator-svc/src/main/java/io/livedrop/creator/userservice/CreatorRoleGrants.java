package io.livedrop.creator.userservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;

/**
 * Makes sure every new creator gets the CREATOR role from user-svc.
 *
 * <p>The grant is owed, not called, inside the page's transaction: a row in {@code role_grant}
 * commits with the page. Right after the commit the grant is tried, so normally the role exists
 * when the client gets its 201; if user-svc is away, the row stays and is retried with backoff
 * until user-svc confirms. So creating a page never fails because of user-svc, and a page never
 * ends up without its role (nor a role without its page, as a call before the commit could leave).
 */
public class CreatorRoleGrants {

    static final String CREATOR = "CREATOR";

    private static final Logger log = LoggerFactory.getLogger(CreatorRoleGrants.class);
    private static final int RETRY_BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final UserServiceClient userService;
    private final UserServiceProperties.GrantRetry retry;
    private final Clock clock;

    CreatorRoleGrants(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, UserServiceClient userService,
            UserServiceProperties.GrantRetry retry, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // Also runs right after another transaction committed, whose resources are still bound.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.userService = userService;
        this.retry = retry;
        this.clock = clock;
    }

    /** Records that the user is owed the role, in the caller's transaction, and grants it once that commits. */
    public void grantCreatorRole(UUID userId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the role grant must be owed in the transaction that creates the page");
        }
        jdbc.update("INSERT INTO role_grant (user_id) VALUES (?) ON CONFLICT DO NOTHING", userId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                attempt(userId);
            }
        });
    }

    @Scheduled(fixedDelayString = "${livedrop.user-svc.grant-retry.poll-interval:5s}")
    void retryDue() {
        List<UUID> due = jdbc.queryForList("""
                SELECT user_id FROM role_grant WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?""",
                UUID.class, RETRY_BATCH);
        due.forEach(this::attempt);
    }

    /** One try; never throws, since a failure only means the row waits for the next one. */
    void attempt(UUID userId) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                // Skip a grant another instance is trying right now; the row lock lasts for the call.
                List<Integer> attempts = jdbc.queryForList(
                        "SELECT attempts FROM role_grant WHERE user_id = ? FOR UPDATE SKIP LOCKED", Integer.class, userId);
                if (attempts.isEmpty()) {
                    return;
                }
                try {
                    userService.grantRole(userId, CREATOR);
                    jdbc.update("DELETE FROM role_grant WHERE user_id = ?", userId);
                }
                catch (RestClientException e) {
                    postpone(userId, attempts.getFirst() + 1, e);
                }
            });
        }
        catch (RuntimeException e) {
            log.warn("Could not try the CREATOR role grant of user {}; it stays owed: {}", userId, e.toString());
        }
    }

    private void postpone(UUID userId, int failedAttempts, RestClientException failure) {
        Duration wait = retry.backoffAfter(failedAttempts);
        String reason = failure instanceof HttpStatusCodeException status
                ? "user-svc answered " + status.getStatusCode().value()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        jdbc.update("UPDATE role_grant SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE user_id = ?",
                failedAttempts, Timestamp.from(clock.instant().plus(wait)), reason, userId);
        log.warn("user-svc did not grant the CREATOR role to user {} (attempt {}), retrying in {}: {}",
                userId, failedAttempts, wait, reason);
    }
}
