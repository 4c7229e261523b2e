package io.livedrop.order.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"orderId\":\"1\",\"outcome\":\"SUCCEEDED\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature("secret");

    @Test
    void aSignatureIsTheHexHmacSha256OfTheBody() {
        // The empty body's value is what `printf '' | openssl dgst -sha256 -hmac secret` prints.
        assertThat(signature.sign(BODY)).matches("sha256=[0-9a-f]{64}");
        assertThat(new WebhookSignature("secret").sign("".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=f9e66e179b6747ae54108f82f8ade8b3c25d76fd30afde6c395822c530196169");
    }

    @Test
    void theRightSignatureVerifies() {
        assertThat(signature.verifies(BODY, signature.sign(BODY))).isTrue();
    }

    @Test
    void anotherSecretAnotherBodyOrAGarbledHeaderDoNotVerify() {
        assertThat(signature.verifies(BODY, new WebhookSignature("other").sign(BODY))).isFalse();
        assertThat(signature.verifies("{}".getBytes(StandardCharsets.UTF_8), signature.sign(BODY))).isFalse();
        assertThat(signature.verifies(BODY, null)).isFalse();
        assertThat(signature.verifies(BODY, "sha256=zz")).isFalse();
        assertThat(signature.verifies(BODY, signature.sign(BODY).substring(7))).isFalse();
    }
}
