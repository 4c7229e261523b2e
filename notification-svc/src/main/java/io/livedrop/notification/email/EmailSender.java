package io.livedrop.notification.email;

import io.livedrop.notification.NotificationProperties;
import io.livedrop.notification.delivery.ChannelSender;
import io.livedrop.notification.delivery.Channels;
import io.livedrop.notification.delivery.Outgoing;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Plain-text email over SMTP, to the address user-svc announced in UserCreated. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.from = properties.email().from();
    }

    @Override
    public String channel() {
        return Channels.EMAIL;
    }

    @Override
    public void send(Outgoing message) {
        if (message.email() == null) {
            throw new IllegalStateException("no email address known for the user");
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(message.email());
        email.setSubject(message.title());
        email.setText(message.body());
        mail.send(email);
    }
}
