package io.livedrop.perf.gatling;

import java.util.function.Function;

import com.typesafe.scalalogging.Logger;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.core.action.Action;
import io.gatling.core.stats.StatsEngine;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Session;
import org.slf4j.LoggerFactory;
import scala.Option;

/**
 * Writes one measured response into the run's statistics under a name chosen once the answer is
 * known. Gatling's DSL names a request before it is sent, yet a flash sale's report needs accepted
 * and refused attempts apart (each with its own percentiles): the request runs silent, saves its
 * status and response time, and this step reports it. The DSL has no such step, so it is built on
 * Gatling's engine types (a Scala action), which the Java DSL wraps in the same way.
 */
final class ReportResponse implements ActionBuilder {

    /** What to report: a name, when the exchange started (epoch ms), how long it took, and whether it counts as OK. */
    record Measured(String name, long startMillis, long endMillis, boolean ok, String code) {
    }

    private final Function<Session, Measured> measure;

    private ReportResponse(Function<Session, Measured> measure) {
        this.measure = measure;
    }

    /** A step that reports what {@code measure} makes of the session. */
    static ReportResponse as(Function<Session, Measured> measure) {
        return new ReportResponse(measure);
    }

    @Override
    public io.gatling.core.action.builder.ActionBuilder asScala() {
        return (context, next) -> new Report(context.coreComponents().statsEngine(), next);
    }

    /** The engine's action: log, mark the virtual user failed on a KO, go on. */
    private final class Report implements Action {

        private final Logger logger = Logger.apply(LoggerFactory.getLogger(ReportResponse.class));
        private final StatsEngine stats;
        private final Action next;

        Report(StatsEngine stats, Action next) {
            this.stats = stats;
            this.next = next;
        }

        @Override
        public String name() {
            return "reportResponse";
        }

        @Override
        public void execute(io.gatling.core.session.Session session) {
            Measured measured = measure.apply(new Session(session));
            stats.logResponse(session.scenario(), session.groups(), measured.name(), measured.startMillis(),
                    Math.max(measured.endMillis(), measured.startMillis()), measured.ok() ? OK$.MODULE$ : KO$.MODULE$,
                    Option.apply(measured.code()), Option.empty());
            next.$bang(measured.ok() ? session : session.markAsFailed());
        }

        @Override
        public Logger logger() {
            return logger;
        }

        @Override
        public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger ignored) {
            // The logger is final here; Scala's trait initialiser, which would call this, never runs for a Java class.
        }
    }
}
