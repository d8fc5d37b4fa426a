package com.aeghash.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations: off unless {@code aeghash.tracing.security-observations} is on. By default
 * Spring Security wraps every filter of the chain, each authentication and each authorization decision in an
 * observation of its own (a span and timers per filter on every request), which cost a bearer request more CPU than
 * its credential check, its database read and its JSON together; the request itself stays observed
 * ({@code http.server.requests}, its trace and trace id), and a failed sign-in or refused access is still logged
 * and counted by the application. Switch them on to see the filter chain in traces while investigating.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings(
            @Value("${aeghash.tracing.security-observations:false}") boolean observe) {
        return observe
                ? SecurityObservationSettings.withDefaults().build()
                : SecurityObservationSettings.noObservations();
    }
}
