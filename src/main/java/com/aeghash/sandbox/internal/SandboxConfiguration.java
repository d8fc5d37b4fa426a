package com.aeghash.sandbox.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Sandbox beans exist only when {@code aeghash.sandbox.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    /**
     * In front of Spring Security (which runs at -100), so that a remote caller is refused even with an
     * administrator's credentials; after the body limit.
     */
    @Bean
    FilterRegistrationBean<SandboxLocalCallersFilter> sandboxLocalCallersFilter(JsonMapper json) {
        FilterRegistrationBean<SandboxLocalCallersFilter> registration =
                new FilterRegistrationBean<>(new SandboxLocalCallersFilter(json));
        registration.addUrlPatterns("/sandbox/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

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
