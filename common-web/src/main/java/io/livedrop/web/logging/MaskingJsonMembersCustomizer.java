package io.livedrop.web.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks every string written into a structured (JSON) log line: the message, the stack trace, MDC
 * and key-value pairs. Registered in {@code META-INF/spring.factories}, so it applies to every
 * service and to whichever structured format it picks, without a setting to forget.
 */
class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, SensitiveDataMasker::mask));
    }
}
