package io.livedrop.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address an anonymous client is limited by. Behind {@code n} trusted proxies it is the n-th
 * X-Forwarded-For entry from the right: entries further left were written by the client and prove
 * nothing.
 */
final class ClientAddress {

    private final RemoteAddressResolver resolver;

    ClientAddress(int trustedProxies) {
        this.resolver = trustedProxies > 0 ? XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxies)
                : new RemoteAddressResolver() {
                };
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress address = resolver.resolve(exchange);
        return address == null ? "unknown"
                : address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
