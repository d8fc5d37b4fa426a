package com.aeghash.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertProperties;
import com.aeghash.testsupport.LogLines;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Alerts logged without a webhook: text a member or partner supplied stays on the alert's one log line. */
class AlertDeliveryListenerTest {

    private final AlertProperties withoutWebhook = new AlertProperties(
            null,
            Duration.ofSeconds(1),
            20,
            3,
            Duration.ofMillis(500),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            Duration.ofSeconds(60));
    private final AlertDeliveryListener listener = new AlertDeliveryListener(
            new WebhookSender(
                    withoutWebhook, new WebhookClient(withoutWebhook, RestClient.builder()), new SimpleMeterRegistry()),
            new InMemoryAlertRepository(),
            Clock.systemUTC());

    @Test
    void controlCharactersInAnAlertCannotForgeLogLines() {
        String reason = "goodwill\r\n2026-01-01 WARN  ALERT [INFO] ledger: all clear\u2028";
        Alert alert = Alert.warning("ledger", "Manual adjustment", "reason: " + reason, Map.of("reason", reason));

        try (LogLines log = LogLines.of("com.aeghash.alerts")) {
            listener.on(new AlertRaised(UUID.randomUUID(), alert, Instant.now()));

            assertThat(log.messages())
                    .singleElement()
                    .asString()
                    .startsWith("ALERT [WARNING] ledger: Manual adjustment reason: goodwill\\r\\n2026-01-01")
                    .contains("reason=goodwill\\r\\n")
                    .doesNotContain("\r", "\n", "\u2028");
        }
    }
}
