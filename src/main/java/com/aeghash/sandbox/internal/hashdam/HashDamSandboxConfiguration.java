package com.aeghash.sandbox.internal.hashdam;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated HashDam vendor exists only when {@code aeghash.sandbox.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class HashDamSandboxConfiguration {

    @Bean
    HashDamSimulator hashDamSimulator(HashDamSandboxProperties properties, Clock clock) {
        return new HashDamSimulator(properties, clock);
    }
}
