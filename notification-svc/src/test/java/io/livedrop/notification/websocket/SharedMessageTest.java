package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.livedrop.notification.inbox.NotificationItem;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SharedMessageTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void eachRecipientGetsTheSameNotificationUnderTheIdOfTheirOwnInboxRow() {
        NotificationItem item = new NotificationItem(null, "drop.started", "Neon \"Hoodie\" is live now", "Go",
                json.valueToTree(Map.of("dropId", "d-1")), Instant.parse("2026-11-29T12:00:00Z"), null);
        SharedMessage shared = SharedMessage.of(json, json.valueToTree(item));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        JsonNode toFirst = json.readTree(shared.forRow(first));
        JsonNode toSecond = json.readTree(shared.forRow(second));

        assertThat(toFirst.get("id").asString()).isEqualTo(first.toString());
        assertThat(toSecond.get("id").asString()).isEqualTo(second.toString());
        assertThat(toFirst.get("title").asString()).isEqualTo("Neon \"Hoodie\" is live now");
        assertThat(toFirst.get("data").get("dropId").asString()).isEqualTo("d-1");
        ObjectNode withoutId = ((ObjectNode) toFirst).deepCopy();
        withoutId.remove("id");
        ObjectNode expected = json.valueToTree(item);
        expected.remove("id");
        assertThat(withoutId).isEqualTo(expected);
    }

    @Test
    void anIdAlreadySetOnTheNotificationIsReplacedNotRepeated() {
        ObjectNode notification = json.createObjectNode().put("id", "old").put("type", "order.confirmed");
        String message = SharedMessage.of(json, notification).forRow(new UUID(0, 7));

        assertThat(json.readTree(message).properties()).hasSize(2);
        assertThat(json.readTree(message).get("id").asString()).isEqualTo(new UUID(0, 7).toString());
    }
}
