package io.livedrop.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads events as structured-mode CloudEvents JSON. It keeps its own mapper so the
 * wire format never changes with one service's JSON settings.
 */
public final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public String encode(EventEnvelope<?> event) {
        return mapper.writeValueAsString(event);
    }

    /**
     * Reads one event. Empty when its type is not in this build's catalogue (for example a newer
     * version), which a consumer skips; a record that is not a LiveDrop event at all is malformed.
     */
    public Optional<EventEnvelope<EventPayload>> decode(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String type = required(node, "type");
        Optional<EventCatalog.Entry> entry = EventCatalog.forType(type);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("event " + type + " has no data object");
        }
        try {
            return Optional.of(new EventEnvelope<>(
                    required(node, "specversion"),
                    UUID.fromString(required(node, "id")),
                    required(node, "source"),
                    type,
                    Instant.parse(required(node, "time")),
                    required(node, "subject"),
                    optional(node, "datacontenttype"),
                    optional(node, "traceparent"),
                    mapper.treeToValue(data, entry.get().payload())));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("event " + type + " cannot be read: " + e.getMessage());
        }
    }

    private static String required(JsonNode node, String attribute) {
        String value = optional(node, attribute);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute '" + attribute + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String attribute) {
        JsonNode value = node.get(attribute);
        return value == null || value.isNull() ? null : value.asString();
    }
}
