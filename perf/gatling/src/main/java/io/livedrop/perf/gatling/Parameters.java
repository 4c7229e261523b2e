package io.livedrop.perf.gatling;

import java.time.Duration;

/** A simulation's knobs, read from system properties ({@code -Dname=value}) with defaults for the local stack. */
final class Parameters {

    private Parameters() {
    }

    /** The gateway: every measured request goes through it. */
    static String baseUrl() {
        return text("baseUrl", "http://127.0.0.1:8080");
    }

    /** user-svc itself: sign-ups and logins of the data setup skip the gateway's sign-up limit; they are not measured. */
    static String userSvcUrl() {
        return text("userSvcUrl", "http://127.0.0.1:8081");
    }

    static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int number(String name, int fallback) {
        int value = Integer.parseInt(text(name, Integer.toString(fallback)));
        if (value < 0) {
            throw new IllegalArgumentException("-D" + name + " must not be negative: " + value);
        }
        return value;
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    /** Prints what a run was given, so that a report can be told apart from another. */
    static void announce(String simulation, String settings) {
        System.out.printf("%s against %s: %s%n", simulation, baseUrl(), settings);
    }
}
