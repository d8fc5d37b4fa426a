package com.aeghash.mining.internal;

import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.config.HashDamProperties;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires what the mining module cannot leave to constructor injection: the HashDam client on the JDK HTTP client with
 * configured timeouts.
 */
@Configuration(proxyBeanMethods = false)
class MiningConfiguration {

    @Bean
    HashDamClient hashDamClient(
            RestClient.Builder builder, VendorEndpoints endpoints, HashDamProperties properties, MeterRegistry meters) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requestFactory.setReadTimeout(properties.readTimeout());
        return new HashDamClient(
                builder.requestFactory(requestFactory).build(),
                endpoints::hashDamBaseUrl,
                properties.apiKey(),
                new VendorCallMetrics(meters, "hashdam"));
    }
}
