package io.livedrop.notification.websocket;

import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One notification as every recipient's socket gets it: the same JSON but for the leading id of each one's
 * own inbox row. Serialized once for a broadcast to thousands of sockets, not once per socket.
 *
 * @param afterId the members after the id, with the closing brace
 */
record SharedMessage(String afterId) {

    static SharedMessage of(JsonMapper json, ObjectNode notification) {
        ObjectNode rest = notification.deepCopy();
        rest.remove("id");
        return new SharedMessage(json.writeValueAsString(rest).substring(1));
    }

    String forRow(UUID inboxId) {
        return "{\"id\":\"" + inboxId + "\"," + afterId;
    }
}
