package com.aeghash.security.internal;

import com.aeghash.security.WebSecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security headers of every response, console page and API answer alike (both filter chains apply them), on top
 * of Spring Security's defaults ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store},
 * {@code X-Frame-Options: DENY}).
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, fonts and connections only from this server, no inline
 *       script or style, no plugins, no framing. The console keeps to it: its templates have no inline script, style
 *       or event handler (htmx and {@code console.js} are static files, htmx is told not to inject its indicator
 *       style nor to evaluate expressions); {@code ConsoleTemplatesTest} keeps that true. {@code data:} images are
 *       allowed for the Swagger UI's icons.
 *   <li>{@code Strict-Transport-Security} ({@code includeSubDomains}): on requests that reached this server over
 *       TLS, and with {@link WebSecurityProperties#hstsOnEveryResponse()} on every response (a server behind a
 *       TLS-terminating proxy only sees plain http; browsers ignore the header on plain http).
 *   <li>{@code Referrer-Policy: no-referrer}: console addresses (member ids, withdrawal ids) never leave with a link.
 *   <li>{@code Permissions-Policy}: no camera, microphone, location, payment or USB for any page.
 *   <li>{@code Cross-Origin-Opener-Policy} and {@code Cross-Origin-Resource-Policy}: {@code same-origin}, so other
 *       sites neither script a console window they opened nor embed this server's answers.
 * </ul>
 */
final class ResponseHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private ResponseHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers, WebSecurityProperties web) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(
                                web.hstsMaxAge().toSeconds())
                        .includeSubDomains(true)
                        .requestMatcher(
                                web.hstsOnEveryResponse() ? AnyRequestMatcher.INSTANCE : HttpServletRequest::isSecure))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener ->
                        opener.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(resource ->
                        resource.policy(CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN));
    }
}
