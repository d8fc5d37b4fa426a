package com.aeghash.sandbox.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sandbox beans exist only when {@code aeghash.sandbox.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    @Bean
    FaultInjector faultInjector(SandboxProperties properties) {
        FaultInjector injector = new FaultInjector(properties.stallDuration());
        properties.faults().forEach((key, plan) -> {
            String[] parts = key.split("/", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("sandbox fault keys look like <vendor>/<method>, got " + key);
            }
            injector.set(parts[0], parts[1], plan);
        });
        return injector;
    }
}
