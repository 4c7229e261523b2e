package io.livedrop.drop.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lifecycle timer ({@code livedrop.drop.lifecycle.*}).
 *
 * @param pollInterval the longest the timer sleeps; a drop scheduled by another instance, or one
 *        whose turn was skipped because another instance held it, is seen within this
 * @param batchSize drops moved per transaction
 */
@ConfigurationProperties("livedrop.drop.lifecycle")
record LifecycleProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("100") int batchSize) {
}
