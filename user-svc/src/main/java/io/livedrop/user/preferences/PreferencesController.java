package io.livedrop.user.preferences;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

    /** E.164: a plus, then 7 to 15 digits, the first (of the country code) not 0. */
    private static final String E164 = "^\\+[1-9][0-9]{6,14}$";

    private final Accounts accounts;

    PreferencesController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    PreferencesView get(CurrentUser caller) {
        return PreferencesView.of(accounts.require(caller.id()).preferences());
    }

    /** Replaces all preferences: quiet hours and a phone number left out are removed, SMS left out is off. */
    @PutMapping
    PreferencesView replace(CurrentUser caller, @Valid @RequestBody PreferencesView preferences) {
        return PreferencesView.of(accounts.changePreferences(caller.id(), preferences.toDomain()).preferences());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PreferencesView(@NotNull @Valid Channels channels,
            @Pattern(regexp = E164, message = "must be a phone number in E.164 form, such as +4915112345678")
            String phoneNumber,
            @Valid QuietHoursView quietHours) {

        static PreferencesView of(NotificationPreferences preferences) {
            QuietHours quiet = preferences.quietHours();
            return new PreferencesView(
                    new Channels(preferences.push(), preferences.email(), preferences.websocket(), preferences.sms()),
                    preferences.phoneNumber(),
                    quiet == null ? null : new QuietHoursView(quiet.start(), quiet.end(), quiet.zone()));
        }

        NotificationPreferences toDomain() {
            boolean sms = Boolean.TRUE.equals(channels.sms());
            if (sms && phoneNumber == null) {
                throw ProblemException.invalid("phoneNumber", "is needed to send SMS");
            }
            return new NotificationPreferences(channels.push(), channels.email(), channels.websocket(), sms,
                    phoneNumber, quietHours == null ? null : quietHours.toDomain());
        }
    }

    /** {@code sms} is optional: clients written before SMS existed leave it out, which means off. */
    record Channels(@NotNull Boolean push, @NotNull Boolean email, @NotNull Boolean websocket, Boolean sms) {
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
