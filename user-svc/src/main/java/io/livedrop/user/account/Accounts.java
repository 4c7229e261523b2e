package io.livedrop.user.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.livedrop.events.outbox.Outbox;
import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.web.problem.ProblemException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an account, each with its event in the same transaction: {@code user.created} on
 * sign-up, {@code user.updated} whenever the name, the preferences or the roles change.
 */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordCheck passwordCheck;
    private final Outbox outbox;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.passwordCheck = new PasswordCheck(passwordEncoder);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws ProblemException 409 {@code email-taken} when the email has an account, in any letter case */
    @Transactional
    Account signUp(String email, String password, String displayName, Set<Role> roles) {
        String normalized = normalize(email);
        if (repository.existsByEmail(normalized)) {
            throw emailTaken();
        }
        Account account = new Account(normalized, passwordEncoder.encode(password), displayName.strip(), roles,
                clock.instant());
        try {
            repository.saveAndFlush(account);
        }
        catch (DataIntegrityViolationException ex) {
            // Two sign-ups with one email at the same moment: the unique constraint decides.
            throw emailTaken();
        }
        outbox.publish(account.created());
        return account;
    }

    /** The account whose email and password these are; empty for a wrong password and an unknown email alike. */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = repository.findByEmail(normalize(email));
        return passwordCheck.matches(account.map(Account::passwordHash), password) ? account : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(UUID id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    Optional<Account> findByEmail(String email) {
        return repository.findByEmail(normalize(email));
    }

    /** @throws ProblemException 404 when there is no such account */
    @Transactional(readOnly = true)
    public Account require(UUID id) {
        return repository.findById(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    Account rename(UUID id, String displayName) {
        Account account = require(id);
        if (account.rename(displayName.strip(), clock.instant())) {
            outbox.publish(account.updated());
        }
        return account;
    }

    @Transactional
    public Account changePreferences(UUID id, NotificationPreferences preferences) {
        Account account = require(id);
        if (account.changePreferences(preferences, clock.instant())) {
            outbox.publish(account.updated());
        }
        return account;
    }

    /** Idempotent: granting a role the account has already changes nothing and publishes nothing. */
    @Transactional
    public Account grant(UUID id, Role role) {
        Account account = require(id);
        if (account.grant(role, clock.instant())) {
            outbox.publish(account.updated());
        }
        return account;
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict("email-taken", "An account with this email already exists.");
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("There is no user " + id + ".");
    }
}
