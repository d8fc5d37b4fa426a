package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusService;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class BonusEngineTest {

    @Test
    void withoutABonusServiceOrderCallsFailAtOnceSayingWhy() {
        BonusEngine engine = new BonusEngine(new StaticListableBeanFactory().getBeanProvider(BonusService.class));

        assertThatThrownBy(() -> engine.distribute(new PaidOrder("shop:o-1", "m-1", BigDecimal.TEN, Instant.now())))
                .isInstanceOf(ApiException.class)
                .hasMessage(BonusEngine.MISSING)
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(((ApiException) failure).code())
                        .isEqualTo("bonus_engine_unavailable"));
        assertThatThrownBy(() -> engine.markRefunded("shop:o-1", Instant.now())).isInstanceOf(ApiException.class);
    }
}
