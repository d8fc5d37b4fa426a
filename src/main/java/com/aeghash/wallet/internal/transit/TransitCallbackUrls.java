package com.aeghash.wallet.internal.transit;

import com.aeghash.common.ApiException;
import com.aeghash.config.MBlockProperties;
import com.aeghash.config.VendorEndpoints;
import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where MBlock reports a transit: {@code MBLOCK_TRANSIT_CALLBACK_URL} (this server's public callback
 * endpoint) or, in the sandbox, this server itself (resolved per call: tests run on random ports), plus the
 * transaction's callback token in the query string.
 */
@Component
class TransitCallbackUrls {

    static final String PATH = "/api/v1/callbacks/mblock/transit";
    static final String TOKEN_PARAMETER = "callbackToken";

    private final MBlockProperties properties;
    private final VendorEndpoints endpoints;
    private final TransitCallbackTokens tokens;
    private final boolean sandboxEnabled;

    TransitCallbackUrls(
            MBlockProperties properties,
            VendorEndpoints endpoints,
            TransitCallbackTokens tokens,
            Environment environment) {
        this.properties = properties;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.sandboxEnabled = environment.getProperty("aeghash.sandbox.enabled", Boolean.class, false);
    }

    /** Refuses a transit before anything is recorded when MBlock would have nowhere to report it. */
    void requireConfigured() {
        if (properties.transitCallbackUrl() == null && !sandboxEnabled) {
            throw new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "transit_not_configured",
                    "MBLOCK_TRANSIT_CALLBACK_URL is not set: MBlock would have nowhere to report the transit");
        }
    }

    URI urlFor(long transactionId) {
        requireConfigured();
        URI base = properties.transitCallbackUrl() != null
                ? properties.transitCallbackUrl()
                : endpoints.localBaseUrl().resolve(PATH);
        String separator = base.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + TOKEN_PARAMETER + "=" + tokens.tokenFor(transactionId));
    }
}
