package io.livedrop.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code livedrop.gateway.request.*}.
 *
 * @param maxBodySize the largest request body passed on; API bodies are small JSON (media goes
 *        straight to object storage through presigned URLs), so anything bigger is refused with 413
 */
@ConfigurationProperties("livedrop.gateway.request")
record BodyLimitProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
