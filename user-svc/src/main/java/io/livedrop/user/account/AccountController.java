package io.livedrop.user.account;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.livedrop.web.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/auth/signup")
    ResponseEntity<AccountView> signUp(@Valid @RequestBody SignUpRequest request) {
        Account account = accounts.signUp(request.email(), request.password(), request.displayName(), Set.of(Role.FAN));
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.id())).body(AccountView.of(account));
    }

    @GetMapping("/users/me")
    AccountView me(CurrentUser caller) {
        return AccountView.of(accounts.require(caller.id()));
    }

    @PatchMapping("/users/me")
    AccountView updateMe(CurrentUser caller, @Valid @RequestBody ProfileChange change) {
        Account account = change.displayName() == null ? accounts.require(caller.id())
                : accounts.rename(caller.id(), change.displayName());
        return AccountView.of(account);
    }

    @GetMapping("/users/{userId}")
    PublicProfile profile(@PathVariable UUID userId) {
        return PublicProfile.of(accounts.require(userId));
    }

    record SignUpRequest(
            @NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+") String email,
            @NotNull @Size(max = 128) @StrongPassword String password,
            @NotBlank @Size(max = 60) String displayName) {
    }

    /** Absent fields stay as they are. */
    record ProfileChange(@Size(max = 60) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String displayName) {
    }

    record AccountView(UUID id, String email, String displayName, Set<String> roles, Instant createdAt) {

        static AccountView of(Account account) {
            return new AccountView(account.id(), account.email(), account.displayName(), account.roleNames(),
                    account.createdAt());
        }
    }

    /** What anyone may see of a user. */
    record PublicProfile(UUID id, String displayName) {

        static PublicProfile of(Account account) {
            return new PublicProfile(account.id(), account.displayName());
        }
    }
}
