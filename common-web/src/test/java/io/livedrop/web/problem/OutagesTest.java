package io.livedrop.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void refusedConnectionDeepInTheCauseChainIsAnOutage() {
        var failure = new IllegalStateException("decoding the token failed",
                new UncheckedIOException(new ConnectException("Connection refused")));

        assertThat(Outages.isOutage(failure)).isTrue();
    }

    @Test
    void subclassOfAnOutageTypeIsAnOutage() {
        class RedisDown extends ConnectException {
        }

        assertThat(Outages.isOutage(new RedisDown())).isTrue();
    }

    @Test
    void bugIsNotAnOutage() {
        assertThat(Outages.isOutage(new NullPointerException())).isFalse();
        assertThat(Outages.isOutage(new IllegalStateException("bad state", new IllegalArgumentException()))).isFalse();
    }
}
