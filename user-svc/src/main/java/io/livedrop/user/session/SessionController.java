package io.livedrop.user.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.livedrop.user.token.DeniedTokens;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class SessionController {

    private final Sessions sessions;
    private final DeniedTokens deniedTokens;

    SessionController(Sessions sessions, DeniedTokens deniedTokens) {
        this.sessions = sessions;
        this.deniedTokens = deniedTokens;
    }

    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody LoginRequest request) {
        // One answer for both failures: it must not tell which emails have an account.
        return sessions.login(request.email(), request.password())
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials",
                        "The email or the password is wrong."));
    }

    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return sessions.refresh(request.refreshToken())
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
                        "The refresh token is invalid, expired or revoked. Log in again."));
    }

    /** Ends the session at once: its refresh tokens, and the access token of this request. */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(CurrentUser caller, @AuthenticationPrincipal Jwt accessToken,
            @Valid @RequestBody RefreshRequest request) {
        sessions.revokeFamily(caller.id(), request.refreshToken());
        // After the commit: should Redis fail, the client's retry finds the family revoked already.
        deniedTokens.deny(accessToken.getId(), accessToken.getExpiresAt());
    }

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 128) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {
    }
}
