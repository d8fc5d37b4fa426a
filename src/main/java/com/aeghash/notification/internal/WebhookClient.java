package com.aeghash.notification.internal;

import com.aeghash.notification.AlertProperties;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts one Slack-compatible message. A few quick retries with exponential backoff absorb a brief
 * outage; a longer one is left to the event publication resubmission. The URL is never logged.
 */
@Component
class WebhookClient {

    private final AlertProperties properties;
    private final RestClient http;
    private final Retry retry;

    WebhookClient(AlertProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = builder.clone().requestFactory(requestFactory).build();
        this.retry = Retry.of(
                "alert-webhook",
                RetryConfig.custom()
                        .maxAttempts(Math.max(1, properties.attemptsPerMessage()))
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.firstRetryDelay(), 2.0))
                        .retryExceptions(RestClientException.class)
                        .build());
    }

    void postWithRetry(List<AlertRaised> alerts) {
        SlackMessage message = SlackMessage.of(alerts);
        Retry.decorateRunnable(retry, () -> post(message)).run();
    }

    private void post(SlackMessage message) {
        try {
            http.post()
                    .uri(URI.create(properties.webhookUrl().reveal()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(message)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException failure) {
            // The exception text may contain the URL (and so the webhook token): replace it.
            throw new RestClientException(
                    "webhook call failed: " + failure.getClass().getSimpleName() + statusOf(failure));
        }
    }

    private static String statusOf(RestClientException failure) {
        if (failure instanceof org.springframework.web.client.RestClientResponseException response) {
            return " (HTTP " + response.getStatusCode().value() + ")";
        }
        return "";
    }
}
