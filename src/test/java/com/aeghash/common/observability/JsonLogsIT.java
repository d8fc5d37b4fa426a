package com.aeghash.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.aeghash.testsupport.IntegrationTest;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code AEGHASH_LOG_FORMAT=ecs} is the one setting that turns the console log into JSON lines, and a line logged
 * while a request is traced carries its trace id. (The test run keeps its own log configuration, which the log scan
 * at the end of the run reads: the line is encoded by the encoder the setting selects, not written to the console.)
 */
@IntegrationTest
class JsonLogsIT {

    @Autowired
    Tracer tracer;

    @Autowired
    Environment environment;

    @Test
    void theSettingSelectsTheStructuredConsoleFormatAndIsOffByDefault() throws IOException {
        assertThat(consoleFormatWith(Map.of())).isEmpty();
        assertThat(consoleFormatWith(Map.of("AEGHASH_LOG_FORMAT", "ecs"))).isEqualTo("ecs");
    }

    @Test
    void aJsonLineLoggedInATracedRequestCarriesTheTraceId() {
        Span span = tracer.nextSpan().name("request").start();
        Map<String, String> logContext;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            logContext = MDC.getCopyOfContextMap();
        } finally {
            span.end();
        }

        JsonNode line = JsonMapper.builder().build().readTree(encodedAsEcs("withdrawal 42 approved", logContext));

        assertThat(line.path("message").asString()).isEqualTo("withdrawal 42 approved");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("traceId").asString()).isEqualTo(span.context().traceId());
    }

    private String encodedAsEcs(String message, Map<String, String> logContext) {
        LoggerContext logging = new LoggerContext();
        logging.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat("ecs");
        encoder.start();
        LoggingEvent event = new LoggingEvent(
                JsonLogsIT.class.getName(), logging.getLogger("test"), Level.INFO, message, null, null);
        event.setMDCPropertyMap(logContext);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static String consoleFormatWith(Map<String, Object> variables) throws IOException {
        ConfigurableEnvironment settings = new StandardEnvironment();
        settings.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        yaml.forEach(source -> settings.getPropertySources().addLast(source));
        return settings.getProperty("logging.structured.format.console");
    }
}
