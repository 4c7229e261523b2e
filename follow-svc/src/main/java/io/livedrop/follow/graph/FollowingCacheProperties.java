package io.livedrop.follow.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.follow.following-cache.*}.
 *
 * @param ttl how long a user's cached following set lives; bounds how long a set can stay wrong
 *        after Redis missed an update
 */
@ConfigurationProperties("livedrop.follow.following-cache")
record FollowingCacheProperties(@DefaultValue("1h") Duration ttl) {
}
