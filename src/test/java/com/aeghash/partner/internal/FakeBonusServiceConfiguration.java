package com.aeghash.partner.internal;

import com.aeghash.bonus.BonusService;
import com.aeghash.ledger.Ledger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Registers the {@link FakeBonusService} for the partner tests only (the real engine is on another branch). */
@TestConfiguration(proxyBeanMethods = false)
class FakeBonusServiceConfiguration {

    @Bean
    @Primary
    FakeBonusService fakeBonusService(Ledger ledger) {
        return new FakeBonusService(ledger);
    }
}
