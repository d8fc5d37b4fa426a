package com.aeghash.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service presents itself to browsers and API readers ({@code aeghash.web.*}). The defaults are the safe
 * ones; the sandbox profile opens the API documents for local trials, {@code prod} refuses to publish them.
 *
 * @param apiDocsEnabled          serve the OpenAPI document ({@code /v3/api-docs}) and the Swagger UI
 *                                ({@code /swagger-ui.html}); {@code AEGHASH_WEB_API_DOCS_ENABLED}. Off by default
 *                                (and in {@code prod} unless set), on in the sandbox
 * @param apiDocsPublic           serve them without sign-in ({@code AEGHASH_WEB_API_DOCS_PUBLIC}); otherwise only to
 *                                authenticated operators. Off by default, on in the sandbox; {@code prod} refuses it
 * @param hstsMaxAge              how long browsers keep to https once told ({@code Strict-Transport-Security}
 *                                max-age, with {@code includeSubDomains}); 365 days by default
 * @param hstsOnEveryResponse     send HSTS on every response, not only on requests this server received over TLS:
 *                                for a server behind a TLS-terminating proxy, which sees plain http
 *                                ({@code AEGHASH_WEB_HSTS_ON_EVERY_RESPONSE}; on in {@code prod}). Browsers ignore
 *                                the header on plain http, so it only ever pins the https address they reached
 */
@ConfigurationProperties("aeghash.web")
public record WebSecurityProperties(
        @DefaultValue("false") boolean apiDocsEnabled,
        @DefaultValue("false") boolean apiDocsPublic,
        @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("false") boolean hstsOnEveryResponse) {

    /** Two years: the longest max-age the browsers' preload lists ask for; anything longer is a typo. */
    static final Duration HSTS_MAX_AGE_MAX = Duration.ofDays(730);

    public WebSecurityProperties {
        if (hstsMaxAge.isNegative() || hstsMaxAge.compareTo(HSTS_MAX_AGE_MAX) > 0) {
            throw new IllegalArgumentException("aeghash.web.hsts-max-age must be 0-730 days");
        }
    }

    /** The API documents are served and need no sign-in. */
    public boolean apiDocsOpen() {
        return apiDocsEnabled && apiDocsPublic;
    }
}
