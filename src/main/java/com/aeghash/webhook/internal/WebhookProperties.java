package com.aeghash.webhook.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound webhooks ({@code aeghash.webhooks.*}).
 *
 * @param requireHttps     endpoints must be https (prod); the sandbox also takes http, for its own inbox
 * @param firstRetryDelay  after the first failed attempt; each later one waits twice as long, up to retryDelayMax
 * @param giveUpAfter      a delivery not accepted this long after it was recorded is FAILED and alerted
 * @param claimDuration    how long a claimed delivery is left to its job before another may send it again
 * @param batchSize        deliveries one run of the job claims at most
 * @param rotationOverlap  how long the previous secret keeps signing after a rotation
 */
@ConfigurationProperties("aeghash.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean requireHttps,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("1h") Duration retryDelayMax,
        @DefaultValue("3d") Duration giveUpAfter,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("1m") Duration claimDuration,
        @DefaultValue("20") int batchSize,
        @DefaultValue("24h") Duration rotationOverlap) {}
