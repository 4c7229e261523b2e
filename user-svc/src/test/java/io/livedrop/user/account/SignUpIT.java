package io.livedrop.user.account;

import static io.livedrop.user.SignUp.aFan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.user.UserCreated;
import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;
import io.livedrop.user.SignUp;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

class SignUpIT extends HttpIntegration {

    @Test
    void signUpCreatesAFanAndPointsToTheProfile() {
        SignUp signUp = aFan().displayName("  Jane Fan  ");

        Api.Response response = api.post("/api/v1/auth/signup", signUp.body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().path("id").asString();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(response.location()).hasValue("/api/v1/users/" + id);
        assertThat(response.json().path("email").asString()).isEqualTo(signUp.email());
        assertThat(response.json().path("displayName").asString()).isEqualTo("Jane Fan");
        assertThat(response.json().path("roles").valueStream().map(role -> role.asString())).containsExactly("FAN");
        assertThat(response.json().path("createdAt").asString()).isNotEmpty();
        assertThat(response.body()).doesNotContain(signUp.password()).doesNotContainIgnoringCase("hash");
    }

    @Test
    void signUpPublishesUserCreatedOnTheUsersTopic() {
        try (TopicProbe probe = TopicProbe.from(Topics.USERS)) {
            SignUp signUp = aFan();
            String id = api.post("/api/v1/auth/signup", signUp.body()).json().path("id").asString();

            EventEnvelope<EventPayload> event = awaitEvent(probe, candidate -> id.equals(candidate.subject()));

            assertThat(event.type()).isEqualTo("livedrop.user.created.v1");
            assertThat(event.source()).isEqualTo("user-svc");
            assertThat(event.data()).isInstanceOfSatisfying(UserCreated.class, created -> {
                assertThat(created.email()).isEqualTo(signUp.email());
                assertThat(created.displayName()).isEqualTo(signUp.displayName());
                assertThat(created.roles()).containsExactly("FAN");
            });
        }
    }

    @Test
    void emailIsTakenWhateverItsLetterCase() {
        SignUp first = aFan();
        assertThat(api.post("/api/v1/auth/signup", first.body()).status()).isEqualTo(201);

        Api.Response second = api.post("/api/v1/auth/signup", aFan().email(first.email().toUpperCase()).body());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("https://livedrop.io/problems/email-taken");
        assertThat(second.contentType()).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Response response = api.post("/api/v1/auth/signup", "{\"email\": \"fan@example.com\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/malformed-request");
    }

    @Test
    void missingFieldsAreNamed() {
        Api.Response response = api.post("/api/v1/auth/signup", aFan().email(null).password(null).displayName(null).body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/validation");
        assertThat(response.invalidFields()).containsExactlyInAnyOrder("email", "password", "displayName");
    }

    @Test
    void overlongFieldsAreNamed() {
        String email255 = "a".repeat(243) + "@example.com";

        Api.Response response = api.post("/api/v1/auth/signup",
                aFan().email(email255).password("p4ssword-".repeat(15)).displayName("n".repeat(61)).body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidFields()).contains("email", "password", "displayName");
    }

    @Test
    void fieldsAtTheirLimitsAreAccepted() {
        // An email's local part may have 64 characters and a domain label 63, so the length is in the domain.
        String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + "." + "g".repeat(44) + ".com";
        String email254 = "f" + UUID.randomUUID().toString().substring(24) + "@" + domain;

        Api.Response response = api.post("/api/v1/auth/signup",
                aFan().email(email254).password("p4ssword".repeat(16)).displayName("n".repeat(60)).body());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void invalidEmailIsNamed() {
        for (String email : new String[] { "not-an-email", "fan@localhost", "@example.com", "" }) {
            Api.Response response = api.post("/api/v1/auth/signup", aFan().email(email).body());

            assertThat(response.status()).as(email).isEqualTo(400);
            assertThat(response.invalidFields()).as(email).containsOnly("email");
        }
    }

    @Test
    void weakPasswordIsNamed() {
        for (String password : new String[] { "onlyletters", "12345678901", "short1!" }) {
            Api.Response response = api.post("/api/v1/auth/signup", aFan().password(password).body());

            assertThat(response.status()).as(password).isEqualTo(400);
            assertThat(response.invalidFields()).as(password).containsExactly("password");
        }
    }

    @Test
    void blankDisplayNameIsNamed() {
        Api.Response response = api.post("/api/v1/auth/signup", aFan().displayName("   ").body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidFields()).containsExactly("displayName");
    }
}
