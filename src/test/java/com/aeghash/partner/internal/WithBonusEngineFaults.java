package com.aeghash.partner.internal;

import com.aeghash.bonus.BonusDistribution;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Puts {@link FaultInjectingBonusService} in front of the real bonus engine, on top of {@link WithTestPartners}.
 * Only for tests that must inject a failure the real engine cannot produce; everything else runs without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@WithTestPartners
@Import(WithBonusEngineFaults.Configuration.class)
@interface WithBonusEngineFaults {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuration {

        @Bean
        @Primary
        FaultInjectingBonusService faultInjectingBonusService(
                @Qualifier("bonusDistributionService") BonusDistribution engine) {
            return new FaultInjectingBonusService(engine);
        }
    }
}
