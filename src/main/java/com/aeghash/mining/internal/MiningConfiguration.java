package com.aeghash.mining.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.config.HashDamProperties;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.notification.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires what the mining module cannot leave to constructor injection: the HashDam client on the JDK HTTP client with
 * configured timeouts, and the daily ETL with its configured chunk limits and no chunk listener (tests pass their own).
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

    @Bean
    DailyProfitEtl dailyProfitEtl(
            HashDamClient hashDam,
            Ledger ledger,
            EtlRunRepository runs,
            MiningBalanceRepository balances,
            Notifier notifier,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties,
            MeterRegistry meters) {
        return new DailyProfitEtl(
                hashDam,
                ledger,
                runs,
                balances,
                notifier,
                unitOfWork,
                clock,
                properties.etl(),
                EtlChunkListener.NONE,
                new BatchRunMetrics(meters, DailyProfitEtl.JOB));
    }
}
