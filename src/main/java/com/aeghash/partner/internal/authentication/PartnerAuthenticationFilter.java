package com.aeghash.partner.internal.authentication;

import com.aeghash.common.Secret;
import com.aeghash.common.web.LocalCallers;
import com.aeghash.common.web.RequestBodyTooLargeException;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.partner.internal.events.InboundEventLog;
import com.aeghash.partner.internal.settings.PartnerSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Authenticates every call of the partner API ({@code /api/aegmall/**} with signed headers, {@code /api/from/}
 * with a signed query) before Spring MVC sees it: reads the raw body once (within the 64 KiB limit) and hands
 * it on from memory, responds to rejections itself (401 {@code invalid_signature}, 403 {@code ip_not_allowed},
 * 429 {@code rate_limited} or {@code too_many_failures}, 400 {@code idempotency_key_missing}), and writes one
 * inbound event per call with the signature check's result and the response, except for failures that name no
 * partner or come from an address past its failure budget: those are only counted
 * ({@link InboundEventLog.Draft#countOnly()}), so a flood of them writes no row per call. Registered by
 * {@link PartnerAuthenticationConfiguration}.
 */
public class PartnerAuthenticationFilter extends OncePerRequestFilter {

    static final String JSON_API_PREFIX = "/api/aegmall/";
    static final String TOO_MANY_FAILURES = "too_many_failures";

    private final PartnerAuthenticator authenticator;
    private final ClientAddressResolver addresses;
    private final PartnerAlerts alerts;
    private final IdempotentResponses responses;
    private final InboundEventLog eventLog;
    private final Clock clock;
    private final long bodyBytesMax;

    PartnerAuthenticationFilter(
            PartnerAuthenticator authenticator,
            ClientAddressResolver addresses,
            PartnerAlerts alerts,
            IdempotentResponses responses,
            InboundEventLog eventLog,
            Clock clock,
            long bodyBytesMax) {
        this.authenticator = authenticator;
        this.addresses = addresses;
        this.alerts = alerts;
        this.responses = responses;
        this.eventLog = eventLog;
        this.clock = clock;
        this.bodyBytesMax = bodyBytesMax;
    }

    public static boolean isLegacy(String path) {
        return "/api/from".equals(path) || "/api/from/".equals(path);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith(JSON_API_PREFIX) && !isLegacy(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        InboundEventLog.Draft event = eventLog.start(clock.instant(), addresses.resolve(request), request);
        ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(servletResponse);
        try {
            authenticateAndContinue(request, response, chain, event);
        } catch (IOException | ServletException | RuntimeException failure) {
            event.failed();
            throw failure;
        } finally {
            eventLog.finish(event, response);
            response.copyBodyToResponse();
        }
    }

    private void authenticateAndContinue(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, InboundEventLog.Draft event)
            throws IOException, ServletException {
        boolean legacy = isLegacy(request.getRequestURI());
        byte[] body;
        try {
            body = legacy ? new byte[0] : readBody(request);
        } catch (RequestBodyTooLargeException tooLarge) {
            event.check(SignatureCheck.MALFORMED, null, null, null);
            event.countOnly();
            write(
                    response,
                    responses.problem(
                            HttpStatus.BAD_REQUEST, "body_too_large", tooLarge.getMessage(), request.getRequestURI()));
            return;
        }
        Map<String, String> query = legacy ? PartnerCallExtractor.queryParameters(request.getQueryString()) : null;
        SignedCall call =
                legacy ? PartnerCallExtractor.fromQuery(query) : PartnerCallExtractor.fromHeaders(request, body);
        PartnerAuthenticator.Result result =
                authenticator.authenticate(call, new Caller(event.remoteAddress(), LocalCallers.isLocal(request)));
        String loggedKeyId = loggedKeyId(call.keyId(), result.partner());
        event.check(result.check(), call.scheme(), result.partner(), loggedKeyId);
        if (!result.isStored()) {
            event.countOnly();
        }
        if (!result.check().isValid()) {
            alerts.onRejected(result.check(), result.partner(), loggedKeyId, event.remoteAddress());
            write(response, rejection(result, request.getRequestURI()));
            return;
        }
        String idempotencyKey = legacy ? null : request.getHeader(IdempotencyKey.HEADER);
        event.request(body, PartnerCallExtractor.loggedQuery(query), validKeyOrNull(idempotencyKey));
        if (!legacy && "POST".equals(request.getMethod()) && validKeyOrNull(idempotencyKey) == null) {
            write(response, responses.problem(IdempotencyKey.missing(), request.getRequestURI()));
            return;
        }
        request.setAttribute(
                AuthenticatedCall.ATTRIBUTE,
                new AuthenticatedCall(result.partner(), body, validKeyOrNull(idempotencyKey)));
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private IdempotentResponse rejection(PartnerAuthenticator.Result result, String path) {
        if (result.overFailureBudget()) {
            return responses
                    .problem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            TOO_MANY_FAILURES,
                            "too many failed calls from this address; retry later",
                            path)
                    .retryAfter(authenticator.failureRetryAfterSeconds());
        }
        SignatureCheck check = result.check();
        IdempotentResponse rejection = responses.problem(check.status(), check.code(), check.detail(), path);
        return check == SignatureCheck.RATE_LIMITED
                ? rejection.retryAfter(PartnerRateLimiters.retryAfterSeconds())
                : rejection;
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream input = request.getInputStream()) {
            byte[] body = input.readNBytes((int) bodyBytesMax + 1);
            if (body.length > bodyBytesMax) {
                throw new RequestBodyTooLargeException(bodyBytesMax);
            }
            return body;
        }
    }

    /** The key id of a known partner; of anything else only a fingerprint (it might be a misplaced secret). */
    private static String loggedKeyId(String presented, PartnerSettings partner) {
        if (presented == null) {
            return null;
        }
        if (partner != null && partner.keyId().equals(presented)) {
            return presented;
        }
        return "unknown " + Secret.fingerprintOf(presented.length() > 4096 ? presented.substring(0, 4096) : presented);
    }

    private static String validKeyOrNull(String idempotencyKey) {
        return IdempotencyKey.isValid(idempotencyKey) ? idempotencyKey : null;
    }

    private static void write(HttpServletResponse response, IdempotentResponse rejection) throws IOException {
        response.setStatus(rejection.status());
        response.setContentType(rejection.contentType().toString());
        if (rejection.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(rejection.retryAfterSeconds()));
        }
        response.getOutputStream().write(rejection.body().getBytes(StandardCharsets.UTF_8));
    }
}
