package io.livedrop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderConfirmed;

import org.junit.jupiter.api.Test;

/** The delivery latency is served to Prometheus and moves with every notification. */
class NotificationLatencyIT extends NotificationServiceHarness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aDeliveredNotificationIsCountedForTheInboxAndTheSocket() throws Exception {
        UUID buyer = UuidV7.next();
        Socket socket = connect(tokenOf(buyer));
        double inboxBefore = count("inbox");
        double socketBefore = count("websocket");

        send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now()));

        assertThat(socket.next(EVENTUALLY)).as("message on the buyer's socket").isNotNull();
        // Other tests' notifications may be counted too: at least this one is.
        await().atMost(EVENTUALLY).until(() -> count("inbox") >= inboxBefore + 1 && count("websocket") >= socketBefore + 1);
        assertThat(prometheus()).containsPattern("livedrop_notification_latency_seconds_bucket\\{[^}]*channel=\"websocket\"");
    }

    private double count(String channel) throws Exception {
        Matcher count = Pattern.compile("(?m)^livedrop_notification_latency_seconds_count\\{[^}]*channel=\"" + channel
                + "\"[^}]*} (\\S+)$").matcher(prometheus());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private String prometheus() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
