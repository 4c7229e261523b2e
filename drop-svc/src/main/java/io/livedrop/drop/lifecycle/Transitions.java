package io.livedrop.drop.lifecycle;

import io.livedrop.events.EventPayload;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and ends the drops whose moment has come. Each move is a guarded update that only a drop
 * still in the expected status and past its instant passes, committed together with its outbox
 * event; rows another instance is moving are skipped, not waited for. So however many instances
 * run, each drop starts once and ends once, and a move missed while all of them were down is
 * made by the first one back.
 */
@Component
class Transitions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final int batchSize;
    private final Timer startLateness;
    private final Timer endLateness;

    Transitions(JdbcClient jdbc, PlatformTransactionManager transactionManager, Outbox outbox,
            LifecycleProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.outbox = outbox;
        this.batchSize = properties.batchSize();
        this.startLateness = lateness(meters, "start");
        this.endLateness = lateness(meters, "end");
    }

    /** Makes every due drop LIVE; returns how many. */
    int startDue() {
        return moveDue("""
                WITH due AS (
                    SELECT id FROM drops WHERE status = 'SCHEDULED' AND starts_at <= now()
                    ORDER BY starts_at LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE drops d SET status = 'LIVE', started_at = now(), updated_at = now()
                FROM due WHERE d.id = due.id AND d.status = 'SCHEDULED' AND d.starts_at <= now()
                RETURNING d.id, d.creator_id, d.title, d.starts_at, d.started_at""",
                drop -> new DropStarted(drop.id(), drop.creatorId(), drop.title(), drop.movedAt()), startLateness);
    }

    /** Ends every LIVE drop whose end has come; returns how many. */
    int endDue() {
        return moveDue("""
                WITH due AS (
                    SELECT id FROM drops WHERE status = 'LIVE' AND ends_at <= now()
                    ORDER BY ends_at LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE drops d SET status = 'ENDED', ended_at = now(), updated_at = now()
                FROM due WHERE d.id = due.id AND d.status = 'LIVE' AND d.ends_at <= now()
                RETURNING d.id, d.creator_id, d.title, d.ends_at, d.ended_at""",
                drop -> new DropEnded(drop.id(), drop.creatorId(), drop.movedAt()), endLateness);
    }

    /**
     * Runs one guarded transition in batches, each batch in one transaction with its events, until
     * fewer than a batch were due.
     */
    private int moveDue(String transition, Function<Moved, EventPayload> event, Timer lateness) {
        int total = 0;
        int moved;
        do {
            moved = inTransaction(() -> {
                List<Moved> drops = jdbc.sql(transition).param(batchSize).query(Transitions::moved).list();
                for (Moved drop : drops) {
                    outbox.publish(event.apply(drop));
                    lateness.record(drop.lateness());
                }
                return drops.size();
            });
            total += moved;
        } while (moved == batchSize);
        return total;
    }

    /** How long until the next start or end is due (negative if one is overdue); empty if none is pending. */
    Optional<Duration> untilNextDue() {
        // Measured by the database clock, the same clock the guarded updates compare with.
        return jdbc.sql("""
                        SELECT (EXTRACT(EPOCH FROM LEAST(
                                    (SELECT min(starts_at) FROM drops WHERE status = 'SCHEDULED'),
                                    (SELECT min(ends_at) FROM drops WHERE status = 'LIVE'))
                                - clock_timestamp()) * 1000)::bigint""")
                .query((row, i) -> Optional.ofNullable((Long) row.getObject(1)).map(Duration::ofMillis))
                .single();
    }

    private int inTransaction(IntSupplier work) {
        Integer moved = transactions.execute(status -> work.getAsInt());
        return moved == null ? 0 : moved;
    }

    private static Moved moved(ResultSet row, int rowNum) throws SQLException {
        return new Moved(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant());
    }

    private static Timer lateness(MeterRegistry meters, String transition) {
        return Timer.builder("livedrop.drop.transition.lateness")
                .description("How long after its scheduled instant a drop was started or ended")
                .tag("transition", transition)
                .publishPercentileHistogram()
                .register(meters);
    }

    /** A drop just moved: {@code dueAt} is its scheduled instant, {@code movedAt} when it was moved. */
    private record Moved(UUID id, UUID creatorId, String title, Instant dueAt, Instant movedAt) {

        Duration lateness() {
            return Duration.between(dueAt, movedAt);
        }
    }
}
