package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.config.MBlockProperties;
import com.aeghash.config.VendorEndpoints;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The MBlock client: RestClient on the JDK HttpClient with the configured connect and read timeouts. */
@Configuration(proxyBeanMethods = false)
class MBlockConfiguration {

    @Bean
    MBlockClient mblockClient(
            RestClient.Builder builder,
            MBlockProperties properties,
            VendorEndpoints endpoints,
            JsonMapper json,
            MeterRegistry meters) {
        return new MBlockClient(
                restClient(builder, properties.connectTimeout(), properties.readTimeout()),
                endpoints::mblockBaseUrl,
                properties::apiKey,
                json,
                new VendorCallMetrics(meters, "mblock"));
    }

    static RestClient restClient(RestClient.Builder builder, Duration connectTimeout, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // HTTP/1.1: no upgrade negotiation, one request per exchange, simplest failure modes to classify.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(readTimeout);
        return builder.clone().requestFactory(requestFactory).build();
    }
}
