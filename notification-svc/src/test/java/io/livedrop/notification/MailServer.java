package io.livedrop.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real SMTP server of a test run: GreenMail standalone, which {@code ./livedrop} runs as the server
 * {@code smtp} and describes in {@code LIVEDROP_SMTP_*}. Where those are not set and Docker is there, the
 * same server starts in a container; otherwise tests fail saying how to start it. Mail is read back
 * through GreenMail's REST API, by the mailbox it was delivered to.
 */
public final class MailServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Session PARSER = Session.getInstance(new Properties());
    private static GenericContainer<?> container;

    private MailServer() {
    }

    public static String host() {
        String host = System.getenv("LIVEDROP_SMTP_HOST");
        return host != null ? host : container().getHost();
    }

    public static int smtpPort() {
        String port = System.getenv("LIVEDROP_SMTP_PORT");
        return port != null ? Integer.parseInt(port) : container().getMappedPort(3025);
    }

    static String apiUrl() {
        String url = System.getenv("LIVEDROP_SMTP_API_URL");
        return url != null ? url : "http://" + container().getHost() + ":" + container().getMappedPort(8080);
    }

    /** Every mail delivered to this address so far, oldest first; none while nothing was. */
    public static List<Mail> inbox(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // GreenMail makes a mailbox on the first delivery to an address; before that it answers an error.
            if (response.statusCode() != 200) {
                return List.of();
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : JsonMapper.shared().readTree(response.body())) {
                mails.add(Mail.parse(message.get("mimeMessage").asString()));
            }
            return mails;
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read the mailbox of " + address + " at " + apiUrl(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static synchronized GenericContainer<?> container() {
        if (container == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("LIVEDROP_SMTP_HOST is not set and no Docker engine is available to "
                        + "start a mail server. Start the real servers first: `./livedrop up --infra-only` (or "
                        + "`./livedrop start smtp`) and then `eval \"$(./livedrop env)\"` in this shell.");
            }
            container = new GenericContainer<>("greenmail/standalone:2.1.8").withExposedPorts(3025, 8080);
            container.start();
        }
        return container;
    }

    /** One received mail, as the server stored it. */
    public record Mail(List<String> to, List<String> from, String subject, String text) {

        static Mail parse(String mime) {
            try {
                MimeMessage message = new MimeMessage(PARSER,
                        new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
                return new Mail(addresses(message.getRecipients(Message.RecipientType.TO)),
                        addresses(message.getFrom()), message.getSubject(), String.valueOf(message.getContent()).trim());
            }
            catch (MessagingException | IOException ex) {
                throw new IllegalStateException("unreadable mail: " + mime, ex);
            }
        }

        private static List<String> addresses(Address[] addresses) {
            return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
        }
    }
}
