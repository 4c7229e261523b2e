package io.livedrop.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class SensitiveDataMaskerTest {

    @Test
    void emailKeepsFirstLetterAndDomain() {
        assertThat(SensitiveDataMasker.mask("welcome jane.doe+drops@example.co.uk!"))
                .isEqualTo("welcome j***@example.co.uk!");
    }

    @Test
    void passwordValuesAreMaskedInKeyValueAndJson() {
        assertThat(SensitiveDataMasker.mask("login password=hunter2 ok")).isEqualTo("login password=*** ok");
        assertThat(SensitiveDataMasker.mask("{\"email\":\"a@b.io\",\"password\":\"correct horse\"}"))
                .isEqualTo("{\"email\":\"a***@b.io\",\"password\":\"***\"}");
    }

    @Test
    void refreshAndAccessTokensAreMaskedByKey() {
        assertThat(SensitiveDataMasker.mask("refreshToken=Zm9vYmFy, refresh_token: abc, \"accessToken\": \"x.y.z\""))
                .isEqualTo("refreshToken=***, refresh_token: ***, \"accessToken\": \"***\"");
    }

    @Test
    void bearerTokensAreMaskedWhateverTheirShape() {
        assertThat(SensitiveDataMasker.mask("Authorization: Bearer opaque-123")).isEqualTo("Authorization: ***");
        assertThat(SensitiveDataMasker.mask("sent Bearer opaque-123 upstream")).isEqualTo("sent Bearer *** upstream");
    }

    @Test
    void bareJwtIsMasked() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";

        assertThat(SensitiveDataMasker.mask("token " + jwt + " rejected")).isEqualTo("token *** rejected");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String text = "order 0195-ab placed for drop 42 at 2026-03-01T12:00:00Z, tokenType=Bearer-free";

        assertThat(SensitiveDataMasker.mask(text)).isEqualTo(text);
    }

    @Test
    void customizerMasksEveryStringMemberOfALogLine() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", event -> event.get("message"));
            members.add("user", event -> event.get("user"));
            new MaskingJsonMembersCustomizer().customize(uncheckedMembers(members));
        });

        String line = writer.writeToString(Map.of("message", "reset for bob@example.com", "user", "bob@example.com"));

        assertThat(line).isEqualTo("{\"message\":\"reset for b***@example.com\",\"user\":\"b***@example.com\"}");
    }

    @SuppressWarnings("unchecked")
    private static JsonWriter.Members<Object> uncheckedMembers(JsonWriter.Members<?> members) {
        return (JsonWriter.Members<Object>) members;
    }
}
