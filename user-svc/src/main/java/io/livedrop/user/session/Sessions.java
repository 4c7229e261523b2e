package io.livedrop.user.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.user.account.Account;
import io.livedrop.user.account.Accounts;
import io.livedrop.user.token.AccessTokens;
import io.livedrop.user.token.IssuedToken;
import io.livedrop.user.token.TokenProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins and their refresh-token families. Outcomes that refuse the caller are empty results rather
 * than exceptions, so the transaction still commits what they changed (a family revoked on reuse).
 */
@Service
class Sessions {

    private final Accounts accounts;
    private final AccessTokens accessTokens;
    private final RefreshFamilyRepository families;
    private final RefreshTokenRepository refreshTokens;
    private final Duration refreshTokenTtl;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Sessions(Accounts accounts, AccessTokens accessTokens, RefreshFamilyRepository families,
            RefreshTokenRepository refreshTokens, TokenProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.families = families;
        this.refreshTokens = refreshTokens;
        this.refreshTokenTtl = properties.refreshTokenTtl();
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A new family and its first pair; empty for a wrong password or an unknown email. */
    Optional<TokenPair> login(String email, String password) {
        // The slow hash comparison runs outside the write transaction, holding no connection.
        return accounts.authenticate(email, password).map(account -> transactions.execute(status -> {
            RefreshFamily family = families.save(new RefreshFamily(account.id(), clock.instant()));
            return issue(account, family);
        }));
    }

    /** The next pair of the token's family; empty when the token is unknown, used, expired or revoked. */
    @Transactional
    Optional<TokenPair> refresh(String presentedToken) {
        Optional<RefreshToken> token = refreshTokens.findByTokenHash(OpaqueTokens.hash(presentedToken));
        if (token.isEmpty() || token.get().redeem(clock.instant()) != RefreshToken.Redemption.REDEEMED) {
            return Optional.empty();
        }
        RefreshFamily family = token.get().family();
        // Roles are read again, so a role granted since the last login is in the new access token.
        return accounts.find(family.accountId()).map(account -> issue(account, family));
    }

    /** Ends the login the refresh token belongs to, if it is the caller's; anyone else's is left alone. */
    @Transactional
    void revokeFamily(UUID accountId, String presentedToken) {
        refreshTokens.findByTokenHash(OpaqueTokens.hash(presentedToken))
                .map(RefreshToken::family)
                .filter(family -> family.accountId().equals(accountId))
                .ifPresent(family -> family.revoke(clock.instant()));
    }

    private TokenPair issue(Account account, RefreshFamily family) {
        Instant now = clock.instant();
        IssuedToken accessToken = accessTokens.issue(account.id().toString(), account.roleNames());
        String refreshToken = OpaqueTokens.generate();
        refreshTokens.save(new RefreshToken(OpaqueTokens.hash(refreshToken), family, now, now.plus(refreshTokenTtl)));
        return new TokenPair(accessToken.value(), refreshToken, accessTokens.ttl().toSeconds(), "Bearer");
    }
}
