package com.aeghash.notification;

import com.aeghash.common.Secret;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert delivery. {@code ALERT_WEBHOOK_URL} (a secret: Slack webhook URLs carry a token) enables the
 * webhook; without it alerts are only logged. At most one webhook message per {@code minimumInterval}
 * (Slack allows about one per second); alerts raised meanwhile are batched into the next message.
 */
@ConfigurationProperties("aeghash.alerts")
public record AlertProperties(
        Secret webhookUrl,
        @DefaultValue("1s") Duration minimumInterval,
        @DefaultValue("20") int batchSizeMax,
        @DefaultValue("3") int attemptsPerMessage,
        @DefaultValue("500ms") Duration firstRetryDelay,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("60s") Duration deliveryTimeout) {}
