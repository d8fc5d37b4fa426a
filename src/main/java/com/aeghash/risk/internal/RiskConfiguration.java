package com.aeghash.risk.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RiskConfiguration.class);

    @Bean
    RiskSettings riskSettings(Environment environment) {
        RiskSettings settings = RiskSettingsBinder.bind(Binder.get(environment));
        log.info(
                "risk rules: velocity window {}, {} blocked and {} trusted networks, destination cooling period {}, "
                        + "POINT withdrawals capped at {}% of paid sales (0 = off)",
                settings.velocityWindow(),
                settings.blockedNetworks().size(),
                settings.trustedNetworks().size(),
                settings.destinationCoolingPeriod(),
                settings.salesCapPercent().toPlainString());
        return settings;
    }
}
