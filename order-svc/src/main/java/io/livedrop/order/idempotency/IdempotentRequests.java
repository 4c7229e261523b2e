package io.livedrop.order.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.livedrop.web.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a request at most once per user and Idempotency-Key. Answers are rendered to text here, so
 * the answer to a retry is byte for byte the first one: 2xx answers and 4xx problems are kept;
 * failures on our side (5xx, exceptions) free the key so the retry does the work again.
 */
@Component
public class IdempotentRequests {

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    IdempotentRequests(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /**
     * The work's answer, or the stored one; 409 while in flight, 422 for another request under the key.
     * {@code earlier} finds the answer to work an attempt that died holding the key may have committed (an
     * order saved, its answer lost); it is asked only when this attempt takes such a key over, never on the
     * usual path.
     */
    public ResponseEntity<String> answer(UUID userId, String idempotencyKey, String requestHash,
                                         Supplier<Optional<StoredAnswer>> earlier, Supplier<StoredAnswer> work) {
        Supplier<StoredAnswer> toDo = work;
        switch (keys.claim(userId, idempotencyKey, requestHash)) {
            case Claim.Replay replay -> {
                return render(replay.answer());
            }
            case Claim.InFlight inFlight -> throw ProblemException.conflict("idempotency-key-in-flight",
                    "A request with this Idempotency-Key is still being answered; retry shortly.");
            case Claim.Mismatch mismatch -> throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request.");
            case Claim.Claimed claimed -> {
            }
            case Claim.TakenOver takenOver -> toDo = () -> earlier.get().orElseGet(work);
        }
        StoredAnswer answer;
        try {
            answer = toDo.get();
        }
        catch (ProblemException problem) {
            answer = new StoredAnswer(problem.getStatusCode().value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, null,
                    json.writeValueAsString(problemBody(problem.getBody())));
        }
        catch (RuntimeException ex) {
            keys.release(userId, idempotencyKey);
            throw ex;
        }
        if (answer.status() >= 500) {
            keys.release(userId, idempotencyKey);
        }
        else {
            keys.complete(userId, idempotencyKey, requestHash, answer);
        }
        return render(answer);
    }

    /** A 201 JSON answer with its Location. */
    public StoredAnswer created(String location, Object body) {
        return new StoredAnswer(201, MediaType.APPLICATION_JSON_VALUE, location, json.writeValueAsString(body));
    }

    private static ResponseEntity<String> render(StoredAnswer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()));
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        return response.body(answer.body());
    }

    /** The RFC 9457 members, flat, as the shared problem handler writes them. */
    private static Map<String, Object> problemBody(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
