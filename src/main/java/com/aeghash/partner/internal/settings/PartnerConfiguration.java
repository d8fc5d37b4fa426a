package com.aeghash.partner.internal.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The partners, read from {@code AEGMALL_<PARTNER>_*} at start-up: an unusable configuration stops start-up, in
 * every profile, naming the variables.
 */
@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PartnerConfiguration.class);

    @Bean
    PartnerRegistry partnerRegistry(ConfigurableEnvironment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        PartnerEnvironmentReader.Result result = PartnerEnvironmentReader.read(environment, production);
        if (!result.problems().isEmpty()) {
            throw new PartnerConfigurationException(result.problems());
        }
        result.partners()
                .forEach(partner -> log.info(
                        "AEGMALL partner {}, allowed addresses {}, {} requests/s, signature version 1 accepted {}",
                        partner.describe(),
                        partner.allowedAddresses().isEmpty() ? "any" : partner.allowedAddresses(),
                        partner.limits().requestsPerSecond(),
                        partner.signatureV1Until() == null ? "without end" : "until " + partner.signatureV1Until()));
        return new PartnerRegistry(result.partners());
    }
}
