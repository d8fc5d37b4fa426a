package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.PartnerShapes;
import com.aeghash.partner.internal.authentication.HmacSignatures.SecretUsed;
import com.aeghash.partner.internal.settings.PartnerProperties;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Decides whether a partner call is authentic, in this order: the key id names a partner (and, for legacy calls,
 * {@code from} is that partner); the source address is in its CIDRs, or the call is local for a partner allowed
 * {@code local} callers only (403); the credentials are well-formed; a
 * scheme-1 signature is still accepted for the partner (its {@code SIGNATURE_V1_UNTIL} has not passed); the
 * timestamp is within the window; the HMAC matches the current or previous secret (constant-time); the nonce is new
 * (401 otherwise); and only then the call takes a permit of the partner's rate limit (429).
 *
 * <p>Why this order: a permit is spent only by a call that proved it comes from the partner, so neither unsigned
 * calls carrying the partner's public key id nor replays of a captured call can use up its limit. The nonce is
 * claimed after the HMAC, so unsigned junk can never burn a partner's nonce, and before the permit, so a replay is
 * refused as a replay. A call refused by the rate limit has used its nonce: the partner signs its retry afresh,
 * as it does for every retry. Every failure is then counted against the source address's failure budget
 * ({@link FailedCallLimiter}), which decides whether it is answered with its reason or with 429.
 */
final class PartnerAuthenticator {

    private static final Pattern UNIX_SECONDS = Pattern.compile("^\\d{1,12}$");

    /**
     * The check's result, the partner the key id named (null when it named none), and whether this call was a
     * failure past its source address's budget (then it is answered 429 and only counted).
     */
    record Result(SignatureCheck check, PartnerSettings partner, boolean overFailureBudget) {

        /** Kept in the inbound event log: accepted and rate-limited calls, and failures naming a known partner. */
        boolean isStored() {
            return !check.isAuthenticationFailure() || (partner != null && !overFailureBudget);
        }
    }

    private final PartnerRegistry registry;
    private final PartnerRateLimiters rateLimiters;
    private final FailedCallLimiter failures;
    private final PartnerNonceRepository nonces;
    private final PartnerProperties properties;
    private final Clock clock;

    PartnerAuthenticator(
            PartnerRegistry registry,
            PartnerRateLimiters rateLimiters,
            FailedCallLimiter failures,
            PartnerNonceRepository nonces,
            PartnerProperties properties,
            Clock clock) {
        this.registry = registry;
        this.rateLimiters = rateLimiters;
        this.failures = failures;
        this.nonces = nonces;
        this.properties = properties;
        this.clock = clock;
    }

    Result authenticate(SignedCall call, Caller caller) {
        PartnerSettings partner = registry.byKeyId(call.keyId()).orElse(null);
        SignatureCheck check = check(call, partner, caller);
        boolean overFailureBudget = check.isAuthenticationFailure() && !failures.withinBudget(caller.address());
        return new Result(check, partner, overFailureBudget);
    }

    /** Seconds a caller past its failure budget should wait. */
    int failureRetryAfterSeconds() {
        return failures.retryAfterSeconds();
    }

    private SignatureCheck check(SignedCall call, PartnerSettings partner, Caller caller) {
        if (partner == null) {
            return call.keyId() == null ? SignatureCheck.MALFORMED : SignatureCheck.UNKNOWN_KEY;
        }
        if (call.scheme() == SignatureScheme.LEGACY_QUERY && !partner.id().equals(call.claimedPartner())) {
            return SignatureCheck.UNKNOWN_KEY;
        }
        if (!partner.allowsCaller(caller.address(), caller.local())) {
            return SignatureCheck.IP_NOT_ALLOWED;
        }
        SignatureCheck verified = verify(call, partner);
        if (verified.isValid() && !rateLimiters.tryAcquire(partner)) {
            return SignatureCheck.RATE_LIMITED;
        }
        return verified;
    }

    private SignatureCheck verify(SignedCall call, PartnerSettings partner) {
        if (!call.hasCredentials()
                || !UNIX_SECONDS.matcher(call.timestamp()).matches()
                || !PartnerShapes.NONCE.matcher(call.nonce()).matches()) {
            return SignatureCheck.MALFORMED;
        }
        Instant now = clock.instant();
        if (call.scheme() == SignatureScheme.V1
                && !partner.acceptsVersion1On(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            return SignatureCheck.V1_RETIRED;
        }
        long distanceSeconds = Math.abs(now.getEpochSecond() - Long.parseLong(call.timestamp()));
        if (distanceSeconds > properties.timestampTolerance().toSeconds()) {
            return SignatureCheck.STALE_TIMESTAMP;
        }
        SecretUsed secret = HmacSignatures.verify(partner, call.signedMessage(), call.signatureHex());
        if (secret == null) {
            return SignatureCheck.BAD_SIGNATURE;
        }
        // legacy calls are idempotent on (from, nonce) instead: a repeated legacy URL gets the first response again
        if (call.scheme().usesHeaders() && !nonces.claim(partner.id(), call.nonce(), now)) {
            return SignatureCheck.REPLAYED_NONCE;
        }
        return secret == SecretUsed.CURRENT ? SignatureCheck.VALID_CURRENT : SignatureCheck.VALID_PREVIOUS;
    }
}
