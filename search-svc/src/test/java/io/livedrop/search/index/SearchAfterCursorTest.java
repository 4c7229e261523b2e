package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SearchAfterCursorTest {

    @Test
    void sortValuesComeBackAsTheSameKindsAndValues() {
        List<FieldValue> values = List.of(FieldValue.of(1.2345678901234d), FieldValue.of(Long.MIN_VALUE),
                FieldValue.of(true), FieldValue.of("s:tricky:id"), FieldValue.NULL);

        String token = SearchAfterCursor.encode("relevance", values);
        List<FieldValue> decoded = SearchAfterCursor.decode(Cursor.decode(token), "relevance", 5);

        assertThat(decoded).extracting(FieldValue::_kind).containsExactly(FieldValue.Kind.Double, FieldValue.Kind.Long,
                FieldValue.Kind.Boolean, FieldValue.Kind.String, FieldValue.Kind.Null);
        assertThat(decoded.get(0).doubleValue()).isEqualTo(1.2345678901234d);
        assertThat(decoded.get(1).longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(decoded.get(3).stringValue()).isEqualTo("s:tricky:id");
    }

    @Test
    void theTokenIsOpaqueUrlSafeText() {
        String token = SearchAfterCursor.encode("price_asc", List.of(FieldValue.of(100L), FieldValue.of("id")));

        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherSortOrShapeIsRefused() {
        Cursor priceCursor = Cursor.decode(
                SearchAfterCursor.encode("price_asc", List.of(FieldValue.of(100L), FieldValue.of("id"))));

        assertInvalid(() -> SearchAfterCursor.decode(priceCursor, "newest", 2));
        assertInvalid(() -> SearchAfterCursor.decode(priceCursor, "price_asc", 3));
    }

    @Test
    void aTamperedValueIsRefused() {
        assertInvalid(() -> SearchAfterCursor.decode(Cursor.of("price_asc", "l:abc", "s:id"), "price_asc", 2));
        assertInvalid(() -> SearchAfterCursor.decode(Cursor.of("price_asc", "x:1", "s:id"), "price_asc", 2));
        assertInvalid(() -> SearchAfterCursor.decode(Cursor.of("price_asc", "100", "s:id"), "price_asc", 2));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.getStatusCode().value()).isEqualTo(400));
    }
}
