package com.aeghash.mining.support;

import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.notification.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Daily ETLs over the running application's own beans, with chunk limits and a chunk listener of a test's own. */
public final class ApplicationEtls {

    private ApplicationEtls() {}

    public static DailyProfitEtl of(
            ApplicationContext context, MiningProperties.Etl limits, EtlChunkListener listener) {
        return context.getBean(DailyProfitEtl.class).withChunks(limits, listener);
    }

    /** A daily ETL over the application's beans with other mining properties (another allocation basis). */
    public static DailyProfitEtl withProperties(ApplicationContext context, MiningProperties properties) {
        return withClock(context, properties, context.getBean(Clock.class));
    }

    /**
     * Another instance of the application as far as the daily run goes (its runs hold leases of their own) whose clock
     * reads {@code clock}, with these chunk limits and listener.
     */
    public static DailyProfitEtl instance(
            ApplicationContext context, Clock clock, MiningProperties.Etl limits, EtlChunkListener listener) {
        MiningProperties properties = context.getBean(MiningProperties.class);
        return withClock(context, properties, clock).withChunks(limits, listener);
    }

    private static DailyProfitEtl withClock(ApplicationContext context, MiningProperties properties, Clock clock) {
        return new DailyProfitEtl(
                context.getBean(HashDamClient.class),
                context.getBean(Ledger.class),
                context.getBean(BulkPosting.class),
                context.getBean(EtlRunRepository.class),
                context.getBean(MiningBalanceRepository.class),
                context.getBean(Notifier.class),
                context,
                context.getBean(UnitOfWork.class),
                clock,
                properties,
                context.getBean(MeterRegistry.class),
                context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10),
                context.getBean(JdbcTemplate.class));
    }
}
