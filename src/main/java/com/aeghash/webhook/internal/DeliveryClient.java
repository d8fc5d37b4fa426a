package com.aeghash.webhook.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts one signed delivery and reports how the receiver answered; never throws for the receiver's failures.
 * Short timeouts, no redirects followed (a 3xx is not an acceptance), the answer's body is not read.
 */
@Component
class DeliveryClient {

    /** How one attempt ended: the HTTP status, or no status and what went wrong on the way. */
    record Answer(Integer status, String error) {

        boolean accepted() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final RestClient http;

    DeliveryClient(WebhookProperties properties, RestClient.Builder builder) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = builder.clone().requestFactory(requestFactory).build();
    }

    Answer post(String url, Map<String, String> headers, String body) {
        try {
            int status = http.post()
                    .uri(URI.create(url))
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(all -> headers.forEach(all::set))
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> response.getStatusCode().value(), true);
            return new Answer(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (RestClientException | IllegalArgumentException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return new Answer(null, cause.getClass().getSimpleName());
        }
    }
}
