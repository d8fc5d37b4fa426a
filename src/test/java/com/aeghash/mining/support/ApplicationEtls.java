package com.aeghash.mining.support;

import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import org.springframework.context.ApplicationContext;

/** Daily ETLs over the running application's own beans, with chunk limits and a chunk listener of a test's own. */
public final class ApplicationEtls {

    private ApplicationEtls() {}

    public static DailyProfitEtl of(
            ApplicationContext context, MiningProperties.Etl limits, EtlChunkListener listener) {
        return context.getBean(DailyProfitEtl.class).withChunks(limits, listener);
    }
}
