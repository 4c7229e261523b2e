package io.livedrop.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.notification.MailServer;
import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

/** Email goes over SMTP to the real mail server of the run, and is read back from the recipient's mailbox. */
class EmailIT extends NotificationServiceHarness {

    @Test
    void aNotificationIsMailedToTheUsersAddressWithItsTitleAsSubject() {
        String email = "mailed-" + UUID.randomUUID() + "@example.org";
        UUID buyer = aUserWithEmail(email);

        send(Topics.ORDERS, new OrderPaymentFailed(UuidV7.next(), buyer, "card declined", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> !MailServer.inbox(email).isEmpty());
        MailServer.Mail mail = MailServer.inbox(email).getFirst();
        assertThat(mail.to()).containsExactly(email);
        assertThat(mail.from()).containsExactly("LiveDrop <no-reply@livedrop.io>");
        assertThat(mail.subject()).isEqualTo("Your payment failed");
        assertThat(mail.text()).isEqualTo("We could not take the payment for your order, so it was not placed.");
        // The row is marked after the server accepted the mail, so it may trail the mailbox a little.
        await().atMost(EVENTUALLY).until(() -> deliveryStatuses(buyer, "email").equals(List.of("SENT")));
        assertThat(MailServer.inbox(email)).hasSize(1);
    }
}
