package io.livedrop.notification.preferences;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.QuietHours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local projection of users' addresses and notification preferences. */
@Repository
public class PreferencesDirectory {

    private final JdbcClient jdbc;

    PreferencesDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The preferences of each user, defaults for those not known (yet). One query for a whole batch. */
    public Map<UUID, Preferences> of(Collection<UUID> userIds) {
        Map<UUID, Preferences> found = new HashMap<>();
        jdbc.sql("SELECT * FROM recipient WHERE user_id = ANY(?)")
                .param(userIds.toArray(UUID[]::new))
                .query(PreferencesDirectory::preferences)
                .list()
                .forEach(preferences -> found.put(preferences.userId(), preferences));
        userIds.forEach(id -> found.computeIfAbsent(id, Preferences::defaults));
        return found;
    }

    public String displayName(UUID userId) {
        return jdbc.sql("SELECT display_name FROM recipient WHERE user_id = ?").param(userId)
                .query(String.class).optional().orElse(null);
    }

    void created(UUID userId, String email, String displayName) {
        jdbc.sql("""
                INSERT INTO recipient (user_id, email, display_name) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, display_name = EXCLUDED.display_name""")
                .params(userId, email, displayName).update();
    }

    void updated(UUID userId, String displayName, NotificationPreferences preferences) {
        NotificationPreferences channels = preferences == null ? NotificationPreferences.defaults() : preferences;
        QuietHours quiet = channels.quietHours();
        // Same key as UserCreated, so it arrives after it; an update for an unknown user still keeps its preferences.
        jdbc.sql("""
                INSERT INTO recipient (user_id, display_name, push, email_enabled, websocket, sms, phone_number,
                    quiet_start, quiet_end, quiet_zone)
                VALUES (:id, :name, :push, :email, :ws, :sms, :phone, :qs, :qe, :qz)
                ON CONFLICT (user_id) DO UPDATE SET display_name = coalesce(EXCLUDED.display_name, recipient.display_name),
                    push = EXCLUDED.push, email_enabled = EXCLUDED.email_enabled, websocket = EXCLUDED.websocket,
                    sms = EXCLUDED.sms, phone_number = EXCLUDED.phone_number,
                    quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, quiet_zone = EXCLUDED.quiet_zone""")
                .param("id", userId)
                .param("name", displayName)
                .param("push", channels.push())
                .param("email", channels.email())
                .param("ws", channels.websocket())
                .param("sms", channels.sms())
                .param("phone", channels.phoneNumber())
                .param("qs", quiet == null ? null : quiet.start())
                .param("qe", quiet == null ? null : quiet.end())
                .param("qz", quiet == null ? null : quiet.zone())
                .update();
    }

    private static Preferences preferences(ResultSet row, int i) throws SQLException {
        String zone = row.getString("quiet_zone");
        return new Preferences(row.getObject("user_id", UUID.class), row.getString("email"), row.getBoolean("push"),
                row.getBoolean("email_enabled"), row.getBoolean("websocket"), row.getBoolean("sms"),
                row.getString("phone_number"),
                row.getObject("quiet_start", LocalTime.class), row.getObject("quiet_end", LocalTime.class),
                zone == null ? null : ZoneId.of(zone));
    }
}
