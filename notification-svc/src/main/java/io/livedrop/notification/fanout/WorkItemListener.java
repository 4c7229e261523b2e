package io.livedrop.notification.fanout;

import java.util.List;
import java.util.UUID;

import io.livedrop.events.MalformedEventException;
import io.livedrop.events.Topics;
import io.livedrop.notification.delivery.NotificationWriter;
import io.livedrop.notification.recipients.Followers;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executes fan-out work items; the service's consumer group shares them among all instances. A
 * redelivered item inserts nothing new (unique user and source event) and so delivers nothing again. The
 * followers' sockets were told before the items were planned, by the broadcast.
 */
@Component
class WorkItemListener {

    private final JsonMapper json;
    private final NotificationWriter writer;
    private final TransactionTemplate transactions;
    private final Followers followers;

    WorkItemListener(JsonMapper json, NotificationWriter writer, TransactionTemplate transactions,
            Followers followers) {
        this.json = json;
        this.writer = writer;
        this.transactions = transactions;
        this.followers = followers;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_FANOUT)
    void on(ConsumerRecord<String, String> record) {
        WorkItem item;
        try {
            item = json.readValue(record.value(), WorkItem.class);
        }
        catch (JacksonException | IllegalArgumentException ex) {
            throw new MalformedEventException("unreadable work item at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + ex.getMessage());
        }
        transactions.executeWithoutResult(status -> {
            List<UUID> recipients = item.preparedAt() == null ? item.recipients()
                    : followers.stillFollowing(item.creatorId(), item.recipients());
            writer.writeAfterBroadcast(item.notification(), recipients);
        });
    }
}
