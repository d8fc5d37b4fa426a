package com.aeghash.partner.internal;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.BonusService;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.ApiException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The bonus engine as the partner API reaches it: {@link BonusService} from the bonus module, looked up when
 * needed. Without an implementation in the build, order calls fail at once with a 503 that says so (never
 * retried, key left FAILED so the partner can retry once the engine is deployed) and start-up logs a warning;
 * the rest of the partner API keeps working.
 */
@Component
class BonusEngine {

    private static final Logger log = LoggerFactory.getLogger(BonusEngine.class);
    static final String MISSING = "order ingestion needs the bonus engine (a com.aeghash.bonus.BonusService bean), "
            + "which is not part of this build";

    private final ObjectProvider<BonusService> bonusService;

    BonusEngine(ObjectProvider<BonusService> bonusService) {
        this.bonusService = bonusService;
    }

    BonusDistribution distribute(PaidOrder order) {
        return required().distribute(order);
    }

    void markRefunded(String orderReference, Instant refundedAt) {
        required().markRefunded(orderReference, refundedAt);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMissing() {
        if (bonusService.getIfAvailable() == null) {
            log.warn("{}: POST /api/aegmall/v1/orders and refunds answer 503 bonus_engine_unavailable", MISSING);
        }
    }

    private BonusService required() {
        BonusService service = bonusService.getIfAvailable();
        if (service == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "bonus_engine_unavailable", MISSING);
        }
        return service;
    }
}
