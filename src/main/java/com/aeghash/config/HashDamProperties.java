package com.aeghash.config;

import com.aeghash.common.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HashDam pool API settings. Environment: {@code HASHDAM_API_BASE_URL}, {@code HASHDAM_API_KEY},
 * {@code HASHDAM_API_KEY_ROTATED_AT}, {@code HASHDAM_IP_ALLOWLIST} (the egress addresses registered with
 * HashDam for our key, shown to operators).
 */
@ConfigurationProperties("aeghash.hashdam")
public record HashDamProperties(
        @DefaultValue("https://api.pool.hashdam.com/v1") URI baseUrl,
        Secret apiKey,
        LocalDate apiKeyRotatedAt,
        @DefaultValue("90d") Duration rotationPeriod,
        @DefaultValue List<String> ipAllowlist,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    public HashDamProperties {
        baseUrl = MBlockProperties.blankToNull(baseUrl);
        ipAllowlist = ipAllowlist == null
                ? List.of()
                : ipAllowlist.stream()
                        .map(String::trim)
                        .filter(address -> !address.isEmpty())
                        .toList();
    }
}
