package com.aeghash.config;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MBlock wallet API settings. Environment: {@code MBLOCK_API_BASE_URL}, {@code MBLOCK_API_KEY},
 * {@code MBLOCK_API_KEY_ROTATED_AT}, {@code MBLOCK_TRANSIT_FEE}, {@code MBLOCK_TRANSIT_FEE_WALLET_KEY},
 * {@code MBLOCK_TRANSIT_CALLBACK_URL}.
 */
@ConfigurationProperties("aeghash.mblock")
public record MBlockProperties(
        URI baseUrl,
        Secret apiKey,
        LocalDate apiKeyRotatedAt,
        @DefaultValue("90d") Duration rotationPeriod,
        BigDecimal transitFee,
        Secret transitFeeWalletKey,
        URI transitCallbackUrl,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout) {

    public MBlockProperties {
        baseUrl = blankToNull(baseUrl);
        transitCallbackUrl = blankToNull(transitCallbackUrl);
    }

    /** Placeholders such as {@code ${MBLOCK_API_BASE_URL:}} bind an unset variable as an empty URI. */
    static URI blankToNull(URI uri) {
        return uri == null || uri.toString().isBlank() ? null : uri;
    }
}
