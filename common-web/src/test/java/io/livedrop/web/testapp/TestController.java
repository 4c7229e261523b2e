package io.livedrop.web.testapp;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.livedrop.web.pagination.Cursor;
import io.livedrop.web.pagination.CursorPage;
import io.livedrop.web.pagination.CursorRequest;
import io.livedrop.web.problem.ProblemException;
import io.livedrop.web.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TestController {

    static final String LEAKY_MESSAGE = "connection to db-internal-7:5432 refused for user livedrop_orders";

    /** Five items, newest first, as a keyset query would return them. */
    static final List<Item> ITEMS = IntStream.range(0, 5)
            .mapToObj(i -> new Item(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)))
            .sorted(Comparator.comparing(Item::createdAt).reversed())
            .toList();

    record Item(UUID id, Instant createdAt) {
    }

    record NewItem(@NotBlank String name, @NotNull @Min(1) Integer quantity) {
    }

    @GetMapping("/test/me")
    CurrentUser me(CurrentUser caller) {
        return caller;
    }

    @GetMapping("/public/ping")
    String publicPing() {
        return "pong";
    }

    @PostMapping("/public/ping")
    String publicPingPost() {
        return "pong";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/test/admin")
    String adminOnly() {
        return "admin";
    }

    @GetMapping("/test/creators-only")
    String creatorsOnly() {
        return "creator";
    }

    @PostMapping("/test/items")
    @ResponseStatus(HttpStatus.CREATED)
    NewItem create(@Valid @RequestBody NewItem item) {
        return item;
    }

    @GetMapping("/test/items")
    CursorPage<Item> list(CursorRequest page) {
        List<Item> rows = ITEMS.stream()
                .filter(item -> page.isFirstPage() || isAfter(item, page.cursor()))
                .limit(page.fetchSize())
                .toList();
        return CursorPage.of(rows, page, item -> Cursor.of(item.createdAt(), item.id()));
    }

    @GetMapping("/test/items/{id}")
    UUID item(@PathVariable UUID id) {
        return id;
    }

    @GetMapping("/test/search")
    String search(@RequestParam String q) {
        return q;
    }

    @GetMapping("/test/range")
    int range(@RequestParam @Min(1) int n) {
        return n;
    }

    @GetMapping("/test/tagged")
    String tagged(@RequestHeader("X-Tag") String tag) {
        return tag;
    }

    @GetMapping("/test/boom")
    String boom() {
        throw new IllegalStateException(LEAKY_MESSAGE);
    }

    @GetMapping("/test/sold-out")
    String soldOut() {
        throw ProblemException.conflict("sold-out", "The drop has no stock left.").with("productId", "p-1");
    }

    @GetMapping("/test/send-error")
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    /** The keyset condition {@code (created_at, id) < (:at, :id)} in descending order. */
    private static boolean isAfter(Item item, Cursor cursor) {
        int byTime = item.createdAt().compareTo(cursor.instant(0));
        return byTime < 0 || (byTime == 0 && item.id().compareTo(cursor.uuid(1)) < 0);
    }
}
