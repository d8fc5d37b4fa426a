package com.aeghash.partner.internal;

import com.aeghash.idempotency.IdempotentResponses;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the partner API: the partners read from {@code AEGMALL_<PARTNER>_*} at start-up (an unusable
 * configuration stops start-up, in every profile, naming the variables), their rate limiters, the
 * authentication filter in front of {@code /api/aegmall/*} and {@code /api/from}.
 */
@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PartnerConfiguration.class);
    /**
     * Just inside Spring Security's filter chain (order -100): after the body-limit filter has wrapped the
     * stream and after the firewall has refused malformed paths, and so that rejections carry the security
     * headers; before Spring MVC. The partner paths are open in the security chain (authenticated here).
     */
    static final int FILTER_ORDER = -100 + 10;

    @Bean
    PartnerRegistry partnerRegistry(ConfigurableEnvironment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        PartnerEnvironmentReader.Result result = PartnerEnvironmentReader.read(environment, production);
        if (!result.problems().isEmpty()) {
            throw new PartnerConfigurationException(result.problems());
        }
        result.partners().forEach(partner -> log.info("AEGMALL partner {}, allowed addresses {}, {} requests/s",
                partner.describe(), partner.allowedRanges().isEmpty() ? "any" : partner.allowedRanges(),
                partner.limits().requestsPerSecond()));
        return new PartnerRegistry(result.partners());
    }

    @Bean
    PartnerRateLimiters partnerRateLimiters(PartnerRegistry registry) {
        return new PartnerRateLimiters(registry);
    }

    @Bean
    ClientAddressResolver partnerClientAddressResolver(PartnerProperties properties) {
        List<IpRange> proxies = properties.trustedProxies().stream().map(IpRange::parse).toList();
        return new ClientAddressResolver(proxies);
    }

    @Bean
    PartnerAuthenticator partnerAuthenticator(PartnerRegistry registry, PartnerRateLimiters rateLimiters,
            PartnerNonceRepository nonces, PartnerProperties properties, Clock clock) {
        return new PartnerAuthenticator(registry, rateLimiters, nonces, properties, clock);
    }

    @Bean
    InboundEventLog partnerInboundEventLog(InboundEventRepository events, JsonMapper json) {
        return new InboundEventLog(events, json);
    }

    @Bean
    FilterRegistrationBean<PartnerAuthenticationFilter> partnerAuthenticationFilter(
            PartnerAuthenticator authenticator, ClientAddressResolver addresses, PartnerAlerts alerts,
            IdempotentResponses responses, InboundEventLog eventLog, Clock clock,
            @Value("${aeghash.http.max-body-bytes:65536}") long bodyBytesMax) {
        FilterRegistrationBean<PartnerAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new PartnerAuthenticationFilter(authenticator, addresses, alerts, responses, eventLog, clock,
                        bodyBytesMax));
        registration.addUrlPatterns("/api/aegmall/*", "/api/from", "/api/from/");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
