package io.livedrop.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemExceptionTest {

    @Test
    void conflictCarriesTypeTitleAndDetail() {
        ProblemException ex = ProblemException.conflict("limit-exceeded", "At most 2 per fan.");

        assertThat(ex.getStatusCode().value()).isEqualTo(409);
        assertThat(ex.getBody().getType()).isEqualTo(URI.create("https://livedrop.io/problems/limit-exceeded"));
        assertThat(ex.getBody().getTitle()).isEqualTo("Limit exceeded");
        assertThat(ex.getBody().getDetail()).isEqualTo("At most 2 per fan.");
    }

    @Test
    void invalidNamesTheField() {
        ProblemException ex = ProblemException.invalid("limit", "too big");

        assertThat(ex.getStatusCode().value()).isEqualTo(400);
        assertThat(ex.getBody().getType()).isEqualTo(Problems.type("validation"));
        assertThat(ex.getBody().getProperties()).containsEntry("errors", List.of(new FieldViolation("limit", "too big")));
    }

    @Test
    void statusOnlyProblemsGetTypesFromTheirReasonPhrase() {
        assertThat(Problems.slugFor(HttpStatus.NOT_FOUND)).isEqualTo("not-found");
        assertThat(Problems.slugFor(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .isEqualTo("unsupported-media-type");
        assertThat(Problems.slugFor(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo("internal");
    }
}
