package io.livedrop.order.reservation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.order.StockReserved;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.order.OrdersProperties;
import io.livedrop.order.orders.Order;
import io.livedrop.order.orders.OrderLineItem;
import io.livedrop.order.orders.OrderStatus;
import io.livedrop.order.orders.Orders;
import io.livedrop.order.payment.PaymentProvider;
import io.livedrop.order.stock.DropSale;
import io.livedrop.order.stock.DropSales;
import io.livedrop.order.stock.ReserveResult;
import io.livedrop.order.stock.StockCounters;
import io.livedrop.web.problem.ProblemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places an order. In redis mode a Lua script answers sold-out, over-limit and not-live before
 * Postgres is touched; then one Postgres transaction takes the units from the authoritative row
 * (guarded, and CHECK sold <= total), counts them against the buyer's limit, inserts the order and
 * writes its events. If that fails, the Redis reservation is given back. In postgres mode the same
 * transaction is the only gate.
 */
@Service
public class OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private final DropSales sales;
    private final StockCounters counters;
    private final Orders orders;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PaymentProvider payments;
    private final OrdersProperties properties;
    private final PurchaseMetrics metrics;

    OrderPlacement(DropSales sales, StockCounters counters, Orders orders, Outbox outbox,
                   TransactionTemplate transactions, PaymentProvider payments, OrdersProperties properties,
                   PurchaseMetrics metrics) {
        this.sales = sales;
        this.counters = counters;
        this.orders = orders;
        this.outbox = outbox;
        this.transactions = transactions;
        this.payments = payments;
        this.properties = properties;
        this.metrics = metrics;
    }

    public Order place(PlaceOrder command) {
        try {
            return reserveAndCommit(command);
        }
        catch (ProblemException refusal) {
            metrics.refused(refusal);
            throw refusal;
        }
        catch (RuntimeException ex) {
            metrics.failed();
            throw ex;
        }
    }

    private Order reserveAndCommit(PlaceOrder command) {
        List<PlaceOrder.Line> reserved = properties.redisReservations() ? reserveAllInRedis(command) : List.of();
        Placed placed;
        try {
            placed = transactions.execute(status -> placeInPostgres(command));
        }
        catch (RuntimeException ex) {
            giveBackRedis(command.userId(), reserved);
            if (ex instanceof DuplicateKeyException) {
                // Redis lost the key but Postgres has the order: answer it, as a replay would.
                return placedEarlier(command.userId(), command.idempotencyKey(), command.requestHash())
                        .orElseThrow(() -> ex);
            }
            throw ex;
        }
        Order order = placed.order();
        log.info("Order {} placed: {}", order.id(), order.lines().stream()
                .map(line -> line.quantity() + " x product " + line.productId() + " of drop " + line.dropId())
                .collect(Collectors.joining(", ")));
        metrics.accepted(order.lines().stream().mapToInt(OrderLineItem::quantity).sum());
        placed.soldOutAfter().forEach(metrics::soldOut);
        payments.requestPayment(order);
        return order;
    }

    /**
     * The order an earlier attempt under this key committed, if any: for an attempt whose answer was
     * lost (it died after the commit). Asked only off the usual path, so that path never reads Postgres
     * before the Redis gate. Another request's order under the key is 422.
     */
    public Optional<Order> placedEarlier(UUID userId, String idempotencyKey, String requestHash) {
        Optional<Order> earlier = orders.findByKey(userId, idempotencyKey);
        earlier.ifPresent(order -> {
            if (!order.requestHash().equals(requestHash)) {
                throw ProblemException.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was used for a different request.");
            }
            log.info("Order {} answered again: a retry of its request found it saved", order.id());
            metrics.replayed();
        });
        return earlier;
    }

    /** The committed order, and for each item it took the last units of, how long after its drop's start. */
    private record Placed(Order order, List<Duration> soldOutAfter) {
    }

    /** All lines or none: a line that cannot be had gives back the ones reserved before it. */
    private List<PlaceOrder.Line> reserveAllInRedis(PlaceOrder command) {
        List<PlaceOrder.Line> reserved = new ArrayList<>();
        try {
            for (PlaceOrder.Line line : command.lines()) {
                refuseUnlessReserved(line, reserveInRedis(command.userId(), line));
                reserved.add(line);
            }
            return reserved;
        }
        catch (RuntimeException ex) {
            giveBackRedis(command.userId(), reserved);
            throw ex;
        }
    }

    private ReserveResult reserveInRedis(UUID userId, PlaceOrder.Line line) {
        ReserveResult result = counters.reserve(line.dropId(), line.productId(), userId, line.quantity());
        if (result != ReserveResult.COUNTERS_MISSING) {
            return result;
        }
        // Counters lost or never primed: never guess; rebuild them from Postgres first (one instance does,
        // the others wait), or refuse.
        if (sales.find(line.dropId()).isEmpty()) {
            throw noSuchDrop(line.dropId());
        }
        if (!counters.rebuildIfMissing(line.dropId())) {
            throw stockUnavailable(line.dropId());
        }
        result = counters.reserve(line.dropId(), line.productId(), userId, line.quantity());
        if (result == ReserveResult.COUNTERS_MISSING) {
            throw stockUnavailable(line.dropId());
        }
        return result;
    }

    private void refuseUnlessReserved(PlaceOrder.Line line, ReserveResult result) {
        switch (result) {
            case RESERVED -> {
            }
            case NOT_LIVE -> throw notLive(line);
            case SOLD_OUT -> throw soldOut(line);
            case LIMIT_EXCEEDED -> throw limitExceeded(line);
            case PRODUCT_NOT_IN_DROP -> throw productNotInDrop(line);
            case COUNTERS_MISSING -> throw stockUnavailable(line.dropId());
        }
    }

    private Placed placeInPostgres(PlaceOrder command) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<OrderLineItem> lines = new ArrayList<>();
        List<Duration> soldOutAfter = new ArrayList<>();
        // Rows are locked in one global order, so two carts sharing items cannot deadlock.
        List<PlaceOrder.Line> inLockOrder = command.lines().stream()
                .sorted(Comparator.comparing(PlaceOrder.Line::dropId).thenComparing(PlaceOrder.Line::productId))
                .toList();
        for (PlaceOrder.Line line : inLockOrder) {
            DropSale sale = sales.find(line.dropId()).orElseThrow(() -> noSuchDrop(line.dropId()));
            if (!properties.redisReservations() && !sale.sellsAt(now)) {
                throw notLive(line);
            }
            Optional<DropSales.Taken> taken = sales.take(line.dropId(), line.productId(), line.quantity());
            if (taken.isEmpty()) {
                boolean inDrop = sales.items(line.dropId()).stream()
                        .anyMatch(item -> item.productId().equals(line.productId()));
                throw inDrop ? soldOut(line) : productNotInDrop(line);
            }
            if (!sales.hold(line.dropId(), command.userId(), line.quantity(), sale.perUserLimit())) {
                throw limitExceeded(line);
            }
            lines.add(new OrderLineItem(line.dropId(), line.productId(), line.quantity(), taken.get().unitPrice()));
            if (taken.get().left() == 0 && sale.startsAt() != null) {
                soldOutAfter.add(Duration.between(sale.startsAt(), now));
            }
        }
        Order order = new Order(UuidV7.next(), command.userId(), OrderStatus.PENDING_PAYMENT, lines,
                Order.totalOf(lines), now, now.plus(properties.paymentTimeout()), command.requestHash());
        orders.insert(order, command.idempotencyKey());
        outbox.publish(new OrderPlaced(order.id(), order.userId(), lines.stream().map(OrderLineItem::toEvent).toList(),
                order.total(), order.createdAt(), order.expiresAt()));
        for (OrderLineItem line : lines) {
            outbox.publish(new StockReserved(order.id(), line.dropId(), line.productId(), line.quantity(), now));
        }
        return new Placed(order, soldOutAfter);
    }

    private void giveBackRedis(UUID userId, List<PlaceOrder.Line> reserved) {
        reserved.forEach(line -> counters.release(line.dropId(), line.productId(), userId, line.quantity()));
    }

    private ProblemException productNotInDrop(PlaceOrder.Line line) {
        if (!sales.productKnown(line.productId())) {
            return ProblemException.notFound("No product " + line.productId() + ".").with("productId", line.productId());
        }
        return ProblemException.badRequest("product-not-in-drop",
                "Product " + line.productId() + " is not sold in drop " + line.dropId() + ".")
                .with("productId", line.productId());
    }

    private static ProblemException noSuchDrop(UUID dropId) {
        return ProblemException.notFound("No drop " + dropId + ".").with("dropId", dropId);
    }

    // Each refusal names the item, so a cart's checkout says which one could not be had.
    private static ProblemException notLive(PlaceOrder.Line line) {
        return ProblemException.conflict("drop-not-live", "Drop " + line.dropId() + " is not selling right now.")
                .with("dropId", line.dropId()).with("productId", line.productId());
    }

    private static ProblemException soldOut(PlaceOrder.Line line) {
        return ProblemException.conflict("sold-out", "Not enough units of product " + line.productId()
                + " are left in drop " + line.dropId() + ".").with("dropId", line.dropId())
                .with("productId", line.productId());
    }

    private static ProblemException limitExceeded(PlaceOrder.Line line) {
        return ProblemException.conflict("limit-exceeded", "These units would take you over the per-buyer limit of drop "
                + line.dropId() + ".").with("dropId", line.dropId()).with("productId", line.productId());
    }

    private static ProblemException stockUnavailable(UUID dropId) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "stock-unavailable",
                "The stock of drop " + dropId + " cannot be checked right now; try again shortly.");
    }
}
