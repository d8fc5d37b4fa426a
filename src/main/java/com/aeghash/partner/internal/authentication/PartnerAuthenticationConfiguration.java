package com.aeghash.partner.internal.authentication;

import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.partner.internal.events.InboundEventLog;
import com.aeghash.partner.internal.settings.IpRange;
import com.aeghash.partner.internal.settings.PartnerProperties;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the authentication of partner calls: the partners' rate limiters, the failure budget per source address,
 * the client address resolver and the authentication filter in front of {@code /api/aegmall/*} and {@code /api/from}.
 */
@Configuration(proxyBeanMethods = false)
class PartnerAuthenticationConfiguration {

    /**
     * Just inside Spring Security's filter chain (order -100): after the body-limit filter has wrapped the
     * stream and after the firewall has refused malformed paths, and so that rejections carry the security
     * headers; before Spring MVC. The partner paths are open in the security chain (authenticated here).
     */
    static final int FILTER_ORDER = -100 + 10;

    @Bean
    PartnerRateLimiters partnerRateLimiters(PartnerRateWindowRepository windows, Clock clock) {
        return new PartnerRateLimiters(windows, clock);
    }

    @Bean
    FailedCallLimiter partnerFailedCallLimiter(PartnerProperties properties, Clock clock) {
        return new FailedCallLimiter(properties.failuresPerAddress(), properties.failureWindow(), clock);
    }

    @Bean
    ClientAddressResolver partnerClientAddressResolver(PartnerProperties properties) {
        List<IpRange> proxies =
                properties.trustedProxies().stream().map(IpRange::parse).toList();
        return new ClientAddressResolver(proxies);
    }

    @Bean
    PartnerAuthenticator partnerAuthenticator(
            PartnerRegistry registry,
            PartnerRateLimiters rateLimiters,
            FailedCallLimiter failures,
            PartnerNonceRepository nonces,
            PartnerProperties properties,
            Clock clock) {
        return new PartnerAuthenticator(registry, rateLimiters, failures, nonces, properties, clock);
    }

    @Bean
    FilterRegistrationBean<PartnerAuthenticationFilter> partnerAuthenticationFilter(
            PartnerAuthenticator authenticator,
            ClientAddressResolver addresses,
            PartnerAlerts alerts,
            IdempotentResponses responses,
            InboundEventLog eventLog,
            Clock clock,
            @Value("${aeghash.http.max-body-bytes:65536}") long bodyBytesMax) {
        FilterRegistrationBean<PartnerAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new PartnerAuthenticationFilter(
                        authenticator, addresses, alerts, responses, eventLog, clock, bodyBytesMax));
        registration.addUrlPatterns("/api/aegmall/*", "/api/from", "/api/from/");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
