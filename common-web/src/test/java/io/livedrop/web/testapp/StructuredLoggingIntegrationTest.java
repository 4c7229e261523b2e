package io.livedrop.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingIntegrationTest extends WebIntegrationTest {

    @Test
    void logLinesAreJsonWithTraceIdsAndMaskedSecrets(CapturedOutput output) {
        String jwt = TOKENS.token().sign();
        MDC.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("span_id", "00f067aa0ba902b7");
        try {
            LoggerFactory.getLogger("io.livedrop.test").info("signup of jane.doe@example.com password=hunter2 token {}",
                    jwt);
        }
        finally {
            MDC.clear();
        }

        String line = output.getOut().lines().filter(l -> l.contains("signup of")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.shared().readTree(line);
        assertThat(json.get("trace_id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.get("span_id").asString()).isEqualTo("00f067aa0ba902b7");
        assertThat(json.get("message").asString()).isEqualTo("signup of j***@example.com password=*** token ***");
        assertThat(line).doesNotContain("hunter2", "jane.doe", jwt);
    }
}
