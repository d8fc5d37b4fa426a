package com.aeghash.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every request has a trace: its id is in the MDC of the lines it logs and in every problem it answers (the caller's
 * W3C {@code traceparent} continued when it sends one); without a configured OTLP endpoint nothing is exported.
 */
@IntegrationTest
class TracingIT {

    private static final String TRACE_ID = "^[0-9a-f]{32}$";

    @LocalServerPort
    int port;

    @Autowired
    Tracer tracer;

    @Autowired
    ApplicationContext context;

    @Test
    void everyProblemCarriesTheTraceIdOfItsRequest() {
        ApiClient.Response notFound = ApiClient.admin(port).get("/api/v1/withdrawals/999999999");
        ApiClient.Response unauthenticated = ApiClient.anonymous(port).get("/api/v1/withdrawals/1");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(unauthenticated.status()).isEqualTo(401);
        String first = notFound.json().path("traceId").asString();
        String second = unauthenticated.json().path("traceId").asString();
        assertThat(first).matches(TRACE_ID);
        assertThat(second).matches(TRACE_ID).isNotEqualTo(first);
    }

    @Test
    void aCallersTraceparentIsContinued() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        ApiClient.Response response = ApiClient.admin(port)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/withdrawals/999999999");

        assertThat(response.json().path("traceId").asString()).isEqualTo(traceId);
    }

    @Test
    void theCurrentTraceIdIsInTheLogContext() {
        Span span = tracer.nextSpan().name("test").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            Map<String, String> logContext = MDC.getCopyOfContextMap();

            assertThat(logContext).containsEntry("traceId", span.context().traceId());
        } finally {
            span.end();
        }
    }

    @Test
    void theConsoleLogPatternCarriesTheTraceAndSpanIds() {
        assertThat(context.getEnvironment().getProperty("logging.expect-correlation-id", Boolean.class))
                .as("Spring Boot adds [traceId-spanId] to every plain-text line when it expects a correlation id")
                .isTrue();
    }

    @Test
    void withoutAnOtlpEndpointNoSpanExporterExists() {
        assertThat(context.getBeanNamesForType(SpanExporter.class)).isEmpty();
    }
}
