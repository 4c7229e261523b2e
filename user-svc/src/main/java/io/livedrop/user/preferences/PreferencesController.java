package io.livedrop.user.preferences;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.QuietHours;
import io.livedrop.user.account.Accounts;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which channels notification-svc may use for the caller, and when it should stay quiet. */
@RestController
@RequestMapping("/api/v1/users/me/preferences")
class PreferencesController {

    private final Accounts accounts;

    PreferencesController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    PreferencesView get(CurrentUser caller) {
        return PreferencesView.of(accounts.require(caller.id()).preferences());
    }

    /** Replaces all preferences: quiet hours left out are switched off. */
    @PutMapping
    PreferencesView replace(CurrentUser caller, @Valid @RequestBody PreferencesView preferences) {
        return PreferencesView.of(accounts.changePreferences(caller.id(), preferences.toDomain()).preferences());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PreferencesView(@NotNull @Valid Channels channels, @Valid QuietHoursView quietHours) {

        static PreferencesView of(NotificationPreferences preferences) {
            QuietHours quiet = preferences.quietHours();
            return new PreferencesView(
                    new Channels(preferences.push(), preferences.email(), preferences.websocket()),
                    quiet == null ? null : new QuietHoursView(quiet.start(), quiet.end(), quiet.zone()));
        }

        NotificationPreferences toDomain() {
            return new NotificationPreferences(channels.push(), channels.email(), channels.websocket(),
                    quietHours == null ? null : quietHours.toDomain());
        }
    }

    record Channels(@NotNull Boolean push, @NotNull Boolean email, @NotNull Boolean websocket) {
    }

    /** A window that may pass midnight (22:00 to 07:00); {@code zone} is an IANA time zone. */
    record QuietHoursView(@NotNull LocalTime start, @NotNull LocalTime end, @NotBlank @Size(max = 64) String zone) {

        QuietHours toDomain() {
            if (start.equals(end)) {
                throw ProblemException.invalid("quietHours.end", "must differ from start");
            }
            try {
                return new QuietHours(start, end, ZoneId.of(zone).getId());
            }
            catch (DateTimeException ex) {
                throw ProblemException.invalid("quietHours.zone", "is not a known time zone");
            }
        }
    }
}
