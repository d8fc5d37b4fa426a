package com.aeghash.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Spans go out over OTLP only when an endpoint is configured: the one setting of docs/operations.md, "Tracing". */
class OtlpExportTest {

    private final ApplicationContextRunner tracing =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OtlpTracingAutoConfiguration.class));

    @Test
    void withAnEndpointSpansAreExportedOverOtlpHttp() {
        tracing.withPropertyValues(
                        "management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:4318/v1/traces")
                .run(context -> assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class));
    }

    @Test
    void withoutOneThereIsNoExporter() {
        tracing.run(context -> assertThat(context).doesNotHaveBean(SpanExporter.class));
    }
}
