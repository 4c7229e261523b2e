package io.livedrop.events;

/**
 * The {@code data} of a LiveDrop event. The aggregate id becomes the Kafka record key and the
 * CloudEvents {@code subject}, so all events of one aggregate stay in order on one partition.
 */
public interface EventPayload {

    String aggregateId();
}
